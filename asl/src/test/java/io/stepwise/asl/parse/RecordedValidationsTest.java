package io.stepwise.asl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.diagnostic.Diagnostic;
import io.stepwise.asl.validate.MachineType;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The recorded ValidateStateMachineDefinition calls: the same result, and for each diagnostic AWS
 * reported, one with the same code and location (and the same message where AWS's text is not the
 * JSON library's).
 */
class RecordedValidationsTest {

  @TestFactory
  Stream<DynamicTest> everyRecordedValidationIsMatched() {
    List<Path> cases =
        SharedCorpus.files("aws-recorded-api").stream()
            .filter(f -> f.getFileName().toString().startsWith("ValidateStateMachineDefinition__"))
            .toList();
    assertThat(cases).hasSize(12);
    return cases.stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
  }

  private static void check(Path file) {
    JsonNode recorded = SharedCorpus.read(file);
    List<Diagnostic> found =
        DefinitionParser.validate(
            recorded.at("/request/definition").asText(),
            MachineType.valueOf(recorded.at("/request/type").asText()));
    JsonNode expected = recorded.at("/expected/response/diagnostics");

    assertThat(found.isEmpty()).isEqualTo(expected.isEmpty());
    for (JsonNode diagnostic : expected) {
      String code = diagnostic.get("code").asText();
      if (code.equals("INVALID_JSON_DESCRIPTION")) {
        assertThat(found).extracting(Diagnostic::code).containsExactly(code);
        continue;
      }
      String location = diagnostic.path("location").asText("/");
      Diagnostic match =
          new Diagnostic(
              code, location.equals("/") ? "" : location, diagnostic.get("message").asText());
      assertThat(found).contains(match);
    }
  }
}
