package io.stepwise.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.model.State;
import io.stepwise.asl.model.ValueSource;
import io.stepwise.asl.template.PayloadTemplate;
import io.stepwise.dataflow.DataFlow;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.EvaluationContext;
import io.stepwise.dataflow.jsonata.StatesBinding;
import io.stepwise.engine.state.ContextObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields whose evaluation depends on the state's query language: {@code Assign} (both), {@code
 * Arguments} and {@code Output} (JSONata), and {@code Parameters} (JSONPath).
 */
final class QueryFields {
  private QueryFields() {}

  static boolean isJsonata(State state) {
    return state.queryLanguage() == QueryLanguage.JSONATA;
  }

  /**
   * Evaluates an {@code Assign} field: in JSONPath its paths read {@code value} as {@code $}, in
   * JSONata its expressions read {@code states}. Every value reads the variables as they were
   * before the state, since none is set until the state's Exited event is applied.
   *
   * @return the variables by name in the order written, or {@code null} without {@code Assign}
   */
  static Map<String, JsonNode> assign(
      PayloadTemplate assign,
      State state,
      JsonNode value,
      StatesBinding states,
      ContextObject context)
      throws DataFlowException {
    if (assign == null) {
      return null;
    }
    JsonNode values =
        isJsonata(state)
            ? DataFlow.evaluate(assign, "Assign", states, context)
            : DataFlow.evaluate(assign, value, context);
    Map<String, JsonNode> variables = new LinkedHashMap<>();
    values.fields().forEachRemaining(entry -> variables.put(entry.getKey(), entry.getValue()));
    VariableSize.check(state.name(), variables, context.variableScopes());
    return variables;
  }

  /** A JSONata state's output: its {@code Output} field, or {@code absent} without one. */
  static JsonNode output(
      PayloadTemplate output, StatesBinding states, JsonNode absent, EvaluationContext context)
      throws DataFlowException {
    return output == null ? absent : DataFlow.evaluate(output, "Output", states, context);
  }

  /**
   * The name of a single-value field as AWS's causes give it: {@code TimeoutSecondsPath} for a
   * path, {@code TimeoutSeconds} for a JSONata expression.
   */
  static String fieldName(ValueSource source, String pathField) {
    return source instanceof ValueSource.Expression
        ? pathField.substring(0, pathField.length() - "Path".length())
        : pathField;
  }

  /**
   * The value a Task or Parallel state passes on: its JSONPath {@code Parameters} or its JSONata
   * {@code Arguments} evaluated against {@code input}, or {@code input} without either.
   */
  static JsonNode arguments(
      PayloadTemplate parameters, State state, JsonNode input, EvaluationContext context)
      throws DataFlowException {
    if (parameters == null) {
      return input;
    }
    return isJsonata(state)
        ? DataFlow.evaluate(parameters, "Arguments", StatesBinding.ofInput(input), context)
        : DataFlow.evaluate(parameters, input, context);
  }
}
