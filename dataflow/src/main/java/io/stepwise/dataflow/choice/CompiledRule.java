package io.stepwise.dataflow.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.asl.path.JsonPath;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.EvaluationContext;
import io.stepwise.dataflow.path.PathEvaluator;
import java.util.List;

/** A JSONPath Choice rule compiled for evaluation: operands prepared, patterns compiled. */
sealed interface CompiledRule {

  /** Whether the rule holds for the state's effective input. */
  boolean matches(JsonNode input, EvaluationContext context) throws DataFlowException;

  /** {@code And}: evaluated left to right, stopping at the first rule that fails. */
  record AllOf(List<CompiledRule> rules) implements CompiledRule {
    @Override
    public boolean matches(JsonNode input, EvaluationContext context) throws DataFlowException {
      for (CompiledRule rule : rules) {
        if (!rule.matches(input, context)) {
          return false;
        }
      }
      return true;
    }
  }

  /** {@code Or}: evaluated left to right, stopping at the first rule that holds. */
  record AnyOf(List<CompiledRule> rules) implements CompiledRule {
    @Override
    public boolean matches(JsonNode input, EvaluationContext context) throws DataFlowException {
      for (CompiledRule rule : rules) {
        if (rule.matches(input, context)) {
          return true;
        }
      }
      return false;
    }
  }

  /** {@code Not}. */
  record Negation(CompiledRule rule) implements CompiledRule {
    @Override
    public boolean matches(JsonNode input, EvaluationContext context) throws DataFlowException {
      return !rule.matches(input, context);
    }
  }

  /** {@code IsPresent}: the one test that a missing {@code Variable} does not make fail. */
  record Presence(JsonPath variable, boolean expected) implements CompiledRule {
    @Override
    public boolean matches(JsonNode input, EvaluationContext context) {
      return !PathEvaluator.select(variable, input, context).isMissingNode() == expected;
    }
  }

  /** Every other comparison: a check of the value that {@code Variable} selects. */
  record VariableCheck(JsonPath variable, ValueCheck check) implements CompiledRule {
    @Override
    public boolean matches(JsonNode input, EvaluationContext context) throws DataFlowException {
      return check.test(read(variable, input, context), input, context);
    }
  }

  /**
   * The value at {@code path}, failing as AWS does when there is none: {@code States.Runtime},
   * which no Catch can handle.
   */
  static JsonNode read(JsonPath path, JsonNode input, EvaluationContext context)
      throws DataFlowException {
    JsonNode value = PathEvaluator.select(path, input, context);
    if (value.isMissingNode()) {
      throw new DataFlowException(
          ErrorNames.RUNTIME,
          "Invalid path '"
              + path.text()
              + "': The choice state's condition path references an invalid value.");
    }
    return value;
  }
}
