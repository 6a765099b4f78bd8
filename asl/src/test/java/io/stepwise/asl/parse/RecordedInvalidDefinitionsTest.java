package io.stepwise.asl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.diagnostic.Diagnostic;
import io.stepwise.asl.validate.InvalidDefinitionMessage;
import io.stepwise.asl.validate.MachineType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every definition that AWS refused with InvalidDefinition is refused, with a diagnostic of the
 * same code at the same location, and with AWS's text where the recording states it literally.
 */
class RecordedInvalidDefinitionsTest {
  /** Cases whose substance is not matched, with the reason. None at present. */
  private static final Map<String, String> UNMATCHED = Map.of();

  private static List<Path> cases() {
    List<Path> cases = new ArrayList<>();
    for (Path file : SharedCorpus.files("aws-recorded-api")) {
      JsonNode recorded = SharedCorpus.read(file);
      if (recorded.path("operation").asText().equals("CreateStateMachine")
          && recorded.at("/expected/error/code").asText().equals("InvalidDefinition")) {
        cases.add(file);
      }
    }
    return cases;
  }

  @Test
  void theCorpusHoldsTheRecordedRejections() {
    assertThat(cases()).hasSize(102);
  }

  @TestFactory
  Stream<DynamicTest> everyRecordedRejectionIsMatched() {
    return cases().stream()
        .filter(file -> !UNMATCHED.containsKey(file.getFileName().toString()))
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
  }

  private static void check(Path file) throws Exception {
    JsonNode recorded = SharedCorpus.read(file);
    String definition = recorded.at("/request/definition").asText();
    MachineType type = MachineType.valueOf(recorded.at("/request/type").asText("STANDARD"));
    AwsRejection expected =
        AwsRejection.of(recorded.at("/expected/error/message").asText(), definition);

    ParseResult result = DefinitionParser.parse(definition, type);

    assertThat(result.machine()).isNull();
    assertThat(result.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::pointer)
        .contains(tuple(expected.code(), expected.pointer()));
    if (!expected.hasPlaceholders()) {
      assertThat(result.diagnostics()).extracting(Diagnostic::message).contains(expected.text());
      assertThat(InvalidDefinitionMessage.render(result.diagnostics()))
          .startsWith("Invalid State Machine Definition: '");
    }
  }
}
