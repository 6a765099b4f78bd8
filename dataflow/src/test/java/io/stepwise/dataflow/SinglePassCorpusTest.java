package io.stepwise.dataflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.asl.model.PathField;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.path.JsonPath;
import io.stepwise.asl.template.PayloadTemplate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs executions that AWS recorded in the shared conformance corpus through the data flow of their
 * single Pass state (InputPath, Parameters or Result, ResultPath, OutputPath): every JSONPath
 * intrinsic-function case ({@code v2_intrinsic_functions_*}), and every other JSONPath case that is
 * one Pass state. The context object holds the corpus's own placeholders, so outputs that quote it
 * compare exactly.
 */
class SinglePassCorpusTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The value the corpus recorded in place of a random number. */
  private static final String RANDOM_NUMBER = "RandomNumberGenerated";

  @TestFactory
  Stream<DynamicTest> everyIntrinsicFunctionCaseGivesAwsOutput() throws IOException {
    List<Path> cases =
        cases(name -> name.startsWith("v2_intrinsic_functions_") && !name.contains("jsonata"));
    assertThat(cases).hasSize(131);
    return cases.stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> run(file)));
  }

  @TestFactory
  Stream<DynamicTest> everyOtherSinglePassJsonPathCaseGivesAwsOutput() throws IOException {
    List<Path> cases = new ArrayList<>();
    for (Path file : cases(name -> !name.startsWith("v2_intrinsic_functions_"))) {
      JsonNode recorded = MAPPER.readTree(file.toFile());
      JsonNode definition = recorded.get("definition");
      JsonNode states = definition.get("States");
      JsonNode state = states.elements().next();
      boolean jsonPathPass =
          states.size() == 1
              && state.path("Type").asText().equals("Pass")
              && !definition.has("QueryLanguage")
              && !state.has("QueryLanguage")
              && !state.has("Assign");
      // The size limit on a state's result is the engine's to check, not the data flow's.
      boolean dataLimit =
          recorded.get("expected").path("error").asText().equals("States.DataLimitExceeded");
      if (jsonPathPass && !dataLimit) {
        cases.add(file);
      }
    }
    assertThat(cases).hasSizeGreaterThan(40);
    return cases.stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> run(file)));
  }

  private static List<Path> cases(Predicate<String> nameFilter) throws IOException {
    return RecordedCorpus.cases(nameFilter);
  }

  private static void run(Path file) throws Exception {
    JsonNode recorded = MAPPER.readTree(file.toFile());
    JsonNode states = recorded.get("definition").get("States");
    assertThat(states.size()).as("a single state").isEqualTo(1);
    JsonNode pass = states.elements().next();
    assertThat(pass.get("Type").asText()).isEqualTo("Pass");
    JsonNode input = MAPPER.readTree(recorded.get("input").asText());
    EvaluationContext context = contextFor(input, states.fieldNames().next());
    JsonNode expected = recorded.get("expected");
    try {
      JsonNode output = runPass(pass, input, context);
      assertThat(expected.get("status").asText()).isEqualTo("SUCCEEDED");
      assertMatches(output, expected.get("output"));
    } catch (DataFlowException e) {
      assertThat(e.failure().error()).isEqualTo(expected.path("error").asText(null));
      String cause =
          RecordedCorpus.STATE_PREFIX.matcher(expected.path("cause").asText("")).replaceFirst("");
      assertThat(e.failure().cause()).isEqualTo(cause.replace("<json-input:1>", input.toString()));
    }
  }

  private static JsonNode runPass(JsonNode pass, JsonNode input, EvaluationContext context)
      throws Exception {
    JsonNode effective =
        DataFlow.selectPath(pathField(pass, "InputPath"), "InputPath", input, context);
    JsonNode result = effective;
    if (pass.has("Result")) {
      result = pass.get("Result");
    } else if (pass.has("Parameters")) {
      PayloadTemplate parameters =
          PayloadTemplate.compile(pass.get("Parameters"), QueryLanguage.JSONPATH);
      result = DataFlow.evaluate(parameters, effective, context);
    }
    JsonNode combined = DataFlow.applyResultPath(pathField(pass, "ResultPath"), input, result);
    return DataFlow.selectPath(pathField(pass, "OutputPath"), "OutputPath", combined, context);
  }

  private static PathField pathField(JsonNode state, String name) throws Exception {
    JsonNode value = state.get(name);
    if (value != null && value.isNull()) {
      return PathField.Discard.INSTANCE;
    }
    return new PathField.Select(JsonPath.parse(value == null ? "$" : value.asText()));
  }

  private static EvaluationContext contextFor(JsonNode input, String stateName) {
    return new FixedEvaluationContext(
        RecordedCorpus.contextObject(input, stateName), Map.of(), new Random(0));
  }

  /** Equality, except that the corpus's random-number marker stands for any integer. */
  private static void assertMatches(JsonNode actual, JsonNode expected) {
    if (expected.isObject() && actual.isObject()) {
      assertThat(actual.size()).isEqualTo(expected.size());
      expected.properties().forEach(e -> assertMatches(actual.path(e.getKey()), e.getValue()));
    } else if (expected.isTextual() && expected.textValue().equals(RANDOM_NUMBER)) {
      assertThat(actual.isIntegralNumber()).as("a random integer, got %s", actual).isTrue();
    } else {
      assertThat(actual).isEqualTo(expected);
    }
  }
}
