package io.stepwise.dataflow.choice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.asl.choice.ChoiceRuleParser;
import io.stepwise.asl.diagnostic.Diagnostics;
import io.stepwise.asl.model.ChoiceRule;
import io.stepwise.asl.model.PathField;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.path.JsonPath;
import io.stepwise.dataflow.DataFlow;
import io.stepwise.dataflow.FixedEvaluationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every recorded {@code v2_choice_operators_*} execution of the AWS corpus: a Choice state that
 * leads to one of two Pass states, whose constant {@code Result} is the execution's output. The
 * Choice state is parsed and decided here, and the Pass state it picks must be the one whose result
 * AWS returned.
 */
class ChoiceOperatorsCorpusTest {
  private static final String CORPUS = "shared/conformance/aws-recorded";
  private static final String PREFIX = "v2_choice_operators_";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> decidesAsAwsDid() throws IOException {
    List<Path> cases;
    try (Stream<Path> files = Files.list(corpus())) {
      cases =
          files.filter(file -> file.getFileName().toString().startsWith(PREFIX)).sorted().toList();
    }
    assertThat(cases).hasSize(491);
    return cases.stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
  }

  private static void check(Path file) throws Exception {
    JsonNode recorded = JSON.readTree(file.toFile());
    assertThat(recorded.path("expected").path("status").asText()).isEqualTo("SUCCEEDED");
    JsonNode states = recorded.path("definition").path("States");
    Map.Entry<String, JsonNode> choiceState = onlyChoiceState(states);
    JsonNode input =
        effectiveInput(choiceState.getValue(), JSON.readTree(recorded.get("input").asText()));

    ChoiceRule.Choice chosen = evaluator(choiceState).select(input, FixedEvaluationContext.empty());

    String next = chosen == null ? choiceState.getValue().path("Default").asText() : chosen.next();
    assertThat(states.path(next).path("Result"))
        .isEqualTo(recorded.path("expected").path("output"));
  }

  private static ChoiceEvaluator evaluator(Map.Entry<String, JsonNode> state) {
    String pointer = "/States/" + state.getKey() + "/Choices";
    Diagnostics diagnostics = new Diagnostics();
    List<ChoiceRule.Choice> choices = new ArrayList<>();
    JsonNode elements = state.getValue().path("Choices");
    for (int i = 0; i < elements.size(); i++) {
      choices.add(
          ChoiceRuleParser.parseChoice(
              elements.get(i), pointer + "/" + i, QueryLanguage.JSONPATH, diagnostics));
    }
    assertThat(diagnostics.toList()).isEmpty();
    return ChoiceEvaluator.compile(choices);
  }

  private static JsonNode effectiveInput(JsonNode state, JsonNode input) throws Exception {
    JsonNode inputPath = state.get("InputPath");
    if (inputPath == null) {
      return input;
    }
    PathField field =
        inputPath.isNull()
            ? PathField.Discard.INSTANCE
            : new PathField.Select(JsonPath.parse(inputPath.textValue()));
    return DataFlow.selectPath(field, "InputPath", input, FixedEvaluationContext.empty());
  }

  private static Map.Entry<String, JsonNode> onlyChoiceState(JsonNode states) {
    List<Map.Entry<String, JsonNode>> choices =
        states.properties().stream()
            .filter(state -> state.getValue().path("Type").asText().equals("Choice"))
            .toList();
    assertThat(choices).hasSize(1);
    return choices.get(0);
  }

  private static Path corpus() {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(CORPUS))) {
        return dir.resolve(CORPUS);
      }
    }
    throw new IllegalStateException(
        "Expected the corpus at "
            + CORPUS
            + " beside "
            + start
            + " or an ancestor, but found none");
  }
}
