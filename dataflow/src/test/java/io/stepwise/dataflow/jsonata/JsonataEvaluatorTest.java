package io.stepwise.dataflow.jsonata;

import static io.stepwise.dataflow.Json.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.jsonata.CompiledJsonata;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.EvaluationContext;
import io.stepwise.dataflow.FixedEvaluationContext;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonataEvaluatorTest {
  private static final JsonNode INPUT = parse("{'a': {'b': [1, 2]}, 'name': 'ada', 'nil': null}");
  private static final EvaluationContext CONTEXT =
      new FixedEvaluationContext(
          parse("{'Execution': {'Id': 'exec-1'}}"),
          Map.of("limit", parse("10"), "user", parse("{'id': 7}")),
          new Random(3));

  static JsonNode evaluate(String expression, StatesBinding states) throws Exception {
    return JsonataEvaluator.evaluate(
        CompiledJsonata.compile(expression), "Output", states, CONTEXT);
  }

  static JsonNode evaluate(String expression) throws Exception {
    return evaluate(expression, StatesBinding.ofInput(INPUT));
  }

  static String failure(String expression) {
    try {
      evaluate(expression);
    } catch (DataFlowException e) {
      assertThat(e.failure().error()).isEqualTo(ErrorNames.QUERY_EVALUATION_ERROR);
      return e.failure().cause();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("Expected '" + expression + "' to fail");
  }

  @Test
  void readsEveryPartOfStates() throws Exception {
    StatesBinding states =
        new StatesBinding(INPUT, parse("{'r': 1}"), parse("{'Error': 'E', 'Cause': 'C'}"));
    assertThat(evaluate("$states.input.a.b[1]", states)).isEqualTo(parse("2"));
    assertThat(evaluate("$states.result.r", states)).isEqualTo(parse("1"));
    assertThat(evaluate("$states.errorOutput.Error", states)).isEqualTo(parse("'E'"));
    assertThat(evaluate("$states.context.Execution.Id", states)).isEqualTo(parse("'exec-1'"));
  }

  @Test
  void aSelectedSubtreeIsTheInputsOwnNode() throws Exception {
    assertThat(evaluate("$states.input.a")).isSameAs(INPUT.get("a"));
    assertThat(evaluate("$states.input")).isSameAs(INPUT);
  }

  @Test
  void bindsTheWorkflowVariablesTheExpressionNames() throws Exception {
    assertThat(evaluate("$limit * 2")).isEqualTo(parse("20"));
    assertThat(evaluate("$user.id")).isEqualTo(parse("7"));
    assertThat(evaluate("($limit := 1; $limit)")).isEqualTo(parse("1"));
  }

  @Test
  void buildsObjectsArraysAndNulls() throws Exception {
    assertThat(evaluate("{'n': $states.input.name, 'l': [1, 'x', null, true]}"))
        .isEqualTo(parse("{'n': 'ada', 'l': [1, 'x', null, true]}"));
    assertThat(evaluate("$states.input.nil")).isEqualTo(parse("null"));
    assertThat(evaluate("null")).isEqualTo(parse("null"));
  }

  @Test
  void keepsJsonNullsThroughLibraryCopiesAndDropsKeysWithoutValue() throws Exception {
    assertThat(evaluate("$states.input ~> |a|{'c': 1}|"))
        .isEqualTo(parse("{'a': {'b': [1, 2], 'c': 1}, 'name': 'ada', 'nil': null}"));
    assertThat(evaluate("{'kept': null, 'dropped': $nothing}")).isEqualTo(parse("{'kept': null}"));
  }

  @Test
  void printsNumbersAsJsonataDoes() throws Exception {
    assertThat(evaluate("1.5 + 0.5")).isEqualTo(parse("2"));
    assertThat(evaluate("$floor(2.7)")).isEqualTo(parse("2"));
    assertThat(evaluate("1 / 4")).isEqualTo(parse("0.25"));
    assertThat(evaluate("10000000000 * 10000000000")).isEqualTo(parse("100000000000000000000"));
  }

  @Test
  void aResultOfNothingFailsWithAwsCause() {
    assertThat(failure("$states.input.missing"))
        .isEqualTo(
            "The JSONata expression '$states.input.missing' specified for the field 'Output'"
                + " returned nothing (undefined).");
  }

  @Test
  void aFunctionResultIsAnUnsupportedType() {
    assertThat(failure("$fn := function($x){$x}"))
        .isEqualTo(
            "The JSONata expression '$fn := function($x){$x}' specified for the field 'Output'"
                + " returned an unsupported result type.");
  }

  @Test
  void errorsCarryTheJsonataCodeAndTheReferenceText() {
    assertThat(failure("$abs('a')"))
        .isEqualTo(
            "The JSONata expression '$abs('a')' specified for the field 'Output' threw an error"
                + " during evaluation. T0410: Argument 1 of function \"abs\" does not match"
                + " function signature");
    assertThat(failure("1 + 'a'")).contains("threw an error during evaluation. T2002: ");
  }

  @Test
  void evalIsNotAvailableAsOnAws() {
    assertThat(failure("$eval('1+1')"))
        .isEqualTo(
            "The JSONata expression '$eval('1+1')' specified for the field 'Output' threw an"
                + " error during evaluation. T1006: Attempted to invoke a non-function");
  }

  @Test
  void endlessRecursionFailsInsteadOfCrashing() {
    assertThat(failure("($f := function($x){ 1 + $f($x) }; $f(1))"))
        .contains("threw an error during evaluation: Stack overflow error");
  }

  @Test
  void checksTheExpectedResultType() throws Exception {
    CompiledJsonata items = CompiledJsonata.compile("{'foo': 'bar'}");
    assertThatThrownBy(
            () ->
                JsonataEvaluator.evaluate(
                    items, "Items", StatesBinding.ofInput(INPUT), CONTEXT, ResultType.ARRAY))
        .isInstanceOfSatisfying(
            DataFlowException.class,
            e ->
                assertThat(e.failure().cause())
                    .isEqualTo(
                        "The JSONata expression '{'foo': 'bar'}' specified for the field 'Items'"
                            + " returned an unexpected result type. Expected 'array', but was"
                            + " 'object' for value: {\"foo\":\"bar\"}"));
    CompiledJsonata nothing = CompiledJsonata.compile("null");
    assertThatThrownBy(
            () ->
                JsonataEvaluator.evaluate(
                    nothing, "Items", StatesBinding.ofInput(INPUT), CONTEXT, ResultType.ARRAY))
        .hasMessageContaining("Expected 'array', but was 'null' for value: null");
    assertThat(
            JsonataEvaluator.evaluate(
                CompiledJsonata.compile("$states.input.a.b"),
                "Items",
                StatesBinding.ofInput(INPUT),
                CONTEXT,
                ResultType.ARRAY))
        .isEqualTo(parse("[1, 2]"));
  }

  @Test
  void topLevelDollarIsNotTheInput() {
    assertThat(failure("$.a")).contains("returned nothing (undefined).");
  }
}
