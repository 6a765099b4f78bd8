package io.stepwise.dataflow.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.asl.jsonata.CompiledJsonata;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.FixedEvaluationContext;
import io.stepwise.dataflow.RecordedCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the recorded JSONata executions that need no engine through the data flow: machines of Pass
 * and Fail states (JSONata, mixed with JSONPath, with Assign), and Map states whose {@code Items}
 * expression fails before any iteration starts.
 */
class JsonataCorpusTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> CHAIN_TYPES = Set.of("Pass", "Fail");

  @TestFactory
  Stream<DynamicTest> passAndFailMachinesGiveAwsOutcome() throws IOException {
    List<Path> cases = new ArrayList<>();
    for (Path file : RecordedCorpus.cases(name -> true)) {
      JsonNode definition = MAPPER.readTree(file.toFile()).get("definition");
      if (usesJsonata(definition) && onlyChainStates(definition)) {
        cases.add(file);
      }
    }
    assertThat(cases).hasSize(64);
    return cases.stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> runChain(file)));
  }

  @TestFactory
  Stream<DynamicTest> mapItemsOfTheWrongTypeFailAsOnAws() throws IOException {
    List<Path> cases =
        RecordedCorpus.cases(name -> name.contains("test_map_state_items_eval_jsonata_fail_"));
    assertThat(cases).hasSize(6);
    return cases.stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> runItems(file)));
  }

  private static boolean usesJsonata(JsonNode definition) {
    String text = definition.toString();
    return text.contains("{%") || text.contains("\"JSONata\"");
  }

  private static boolean onlyChainStates(JsonNode definition) {
    for (JsonNode state : definition.get("States")) {
      if (!CHAIN_TYPES.contains(state.get("Type").asText())) {
        return false;
      }
    }
    return true;
  }

  private static void runChain(Path file) throws Exception {
    JsonNode recorded = MAPPER.readTree(file.toFile());
    JsonNode input = MAPPER.readTree(recorded.get("input").asText());
    JsonNode expected = recorded.get("expected");
    StateChainRunner.Outcome outcome =
        new StateChainRunner(recorded.get("definition"), input).run();
    if (outcome.failure() == null) {
      assertThat(expected.get("status").asText()).isEqualTo("SUCCEEDED");
      assertThat(outcome.output()).isEqualTo(expected.get("output"));
    } else {
      assertThat(expected.get("status").asText()).isEqualTo("FAILED");
      assertThat(outcome.failure().error()).isEqualTo(expected.path("error").asText(null));
      assertThat(outcome.failure().cause()).isEqualTo(withoutStatePrefix(expected));
    }
  }

  private static void runItems(Path file) throws Exception {
    JsonNode recorded = MAPPER.readTree(file.toFile());
    JsonNode map = recorded.get("definition").get("States").elements().next();
    String text = map.get("Items").asText();
    CompiledJsonata items = CompiledJsonata.compile(text.substring(2, text.length() - 2).strip());
    JsonNode input = MAPPER.readTree(recorded.get("input").asText());
    JsonNode expected = recorded.get("expected");
    try {
      JsonataEvaluator.evaluate(
          items,
          "Items",
          StatesBinding.ofInput(input),
          FixedEvaluationContext.empty(),
          ResultType.ARRAY);
      throw new AssertionError("Expected the Items expression to fail");
    } catch (DataFlowException e) {
      assertThat(e.failure().error()).isEqualTo(expected.get("error").asText());
      assertThat(e.failure().cause()).isEqualTo(withoutStatePrefix(expected));
    }
  }

  private static String withoutStatePrefix(JsonNode expected) {
    String cause = expected.path("cause").asText(null);
    return cause == null ? null : RecordedCorpus.STATE_PREFIX.matcher(cause).replaceFirst("");
  }
}
