package io.stepwise.dataflow;

import static io.stepwise.dataflow.Json.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import io.stepwise.asl.intrinsic.IntrinsicCall;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.asl.model.PathField;
import io.stepwise.asl.model.ValueSource;
import io.stepwise.asl.path.JsonPath;
import org.junit.jupiter.api.Test;

class DataFlowTest {
  private static final JsonNode INPUT = parse("{'a': {'b': 1}, 'list': [1, 2]}");
  private static final EvaluationContext CONTEXT = FixedEvaluationContext.empty();

  private static PathField path(String text) throws Exception {
    return new PathField.Select(JsonPath.parse(text));
  }

  @Test
  void selectPathAppliesInputAndOutputPath() throws Exception {
    assertThat(DataFlow.selectPath(path("$"), "InputPath", INPUT, CONTEXT)).isSameAs(INPUT);
    assertThat(DataFlow.selectPath(path("$.a"), "InputPath", INPUT, CONTEXT))
        .isSameAs(INPUT.get("a"));
    assertThat(DataFlow.selectPath(PathField.Discard.INSTANCE, "OutputPath", INPUT, CONTEXT))
        .isEqualTo(parse("{}"));
  }

  @Test
  void selectPathFailsWithAwsCause() {
    assertThatThrownBy(
            () -> DataFlow.selectPath(path("$.NoSuchInputPath"), "InputPath", INPUT, CONTEXT))
        .isInstanceOfSatisfying(
            DataFlowException.class,
            e -> {
              assertThat(e.failure().error()).isEqualTo(ErrorNames.RUNTIME);
              assertThat(e.failure().cause())
                  .isEqualTo(
                      "Invalid path '$.NoSuchInputPath' : No results for path:"
                          + " $['NoSuchInputPath']");
            });
  }

  @Test
  void applyResultPathDiscardsReplacesOrPlaces() throws Exception {
    JsonNode result = IntNode.valueOf(5);
    assertThat(DataFlow.applyResultPath(PathField.Discard.INSTANCE, INPUT, result)).isSameAs(INPUT);
    assertThat(DataFlow.applyResultPath(path("$"), INPUT, result)).isSameAs(result);
    assertThat(DataFlow.applyResultPath(path("$.a.c"), INPUT, result))
        .isEqualTo(parse("{'a': {'b': 1, 'c': 5}, 'list': [1, 2]}"));
  }

  @Test
  void evaluatesEveryKindOfValueSource() throws Exception {
    assertThat(DataFlow.evaluate(new ValueSource.Literal(IntNode.valueOf(3)), "X", INPUT, CONTEXT))
        .isEqualTo(IntNode.valueOf(3));
    assertThat(
            DataFlow.evaluate(
                new ValueSource.Path(JsonPath.parse("$.a.b")), "SecondsPath", INPUT, CONTEXT))
        .isEqualTo(IntNode.valueOf(1));
    assertThat(
            DataFlow.evaluate(
                new ValueSource.Intrinsic(IntrinsicCall.parse("States.ArrayLength($.list)")),
                "CausePath",
                INPUT,
                CONTEXT))
        .isEqualTo(IntNode.valueOf(2));
    assertThat(
            DataFlow.evaluate(
                new ValueSource.Expression("$states.input.a.b + 1"),
                "TimeoutSeconds",
                INPUT,
                CONTEXT))
        .isEqualTo(IntNode.valueOf(2));
    assertThatThrownBy(
            () -> DataFlow.evaluate(new ValueSource.Expression("$x"), "Output", INPUT, CONTEXT))
        .isInstanceOfSatisfying(
            DataFlowException.class,
            e ->
                assertThat(e.failure().cause())
                    .isEqualTo(
                        "The JSONata expression '$x' specified for the field 'Output' returned"
                            + " nothing (undefined)."));
  }

  @Test
  void aPathValueThatMatchesNothingNamesItsField() {
    assertThatThrownBy(
            () ->
                DataFlow.evaluate(
                    new ValueSource.Path(JsonPath.parse("$.ErrorX")), "ErrorPath", INPUT, CONTEXT))
        .isInstanceOfSatisfying(
            DataFlowException.class,
            e ->
                assertThat(e.failure().cause())
                    .startsWith(
                        "The JSONPath '$.ErrorX' specified for the field 'ErrorPath' could not be"
                            + " found in the input '{"));
  }
}
