package io.stepwise.dataflow.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.path.JsonPath;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.EvaluationContext;
import java.util.function.Predicate;

/** What a comparison rule checks about the value that its {@code Variable} selects. */
sealed interface ValueCheck {

  /**
   * @param value the value at the rule's {@code Variable}, present
   * @param input the state's effective input, for operands given as paths
   */
  boolean test(JsonNode value, JsonNode input, EvaluationContext context) throws DataFlowException;

  /**
   * {@code IsNull}, {@code IsNumeric}, {@code IsString}, {@code IsBoolean}, {@code IsTimestamp}.
   */
  record TypeCheck(Predicate<JsonNode> isOfType, boolean expected) implements ValueCheck {
    @Override
    public boolean test(JsonNode value, JsonNode input, EvaluationContext context) {
      return isOfType.test(value) == expected;
    }
  }

  /**
   * An ordering or equality test against a literal ({@code operandPath} null) or against the value
   * at {@code operandPath} ({@code literal} null). Either side being of another type makes it
   * false.
   */
  record Relation<T>(ComparedType<T> type, Order order, T literal, JsonPath operandPath)
      implements ValueCheck {
    @Override
    public boolean test(JsonNode value, JsonNode input, EvaluationContext context)
        throws DataFlowException {
      T left = type.read(value);
      if (left == null) {
        return false;
      }
      T right =
          operandPath == null ? literal : type.read(CompiledRule.read(operandPath, input, context));
      return right != null && order.holds(type.compare(left, right));
    }
  }

  /** {@code StringMatches}. */
  record Matches(WildcardPattern pattern) implements ValueCheck {
    @Override
    public boolean test(JsonNode value, JsonNode input, EvaluationContext context) {
      return value.isTextual() && pattern.matches(value.textValue());
    }
  }

  /** The relation that a comparison operator asks for between the value and its operand. */
  enum Order {
    EQUAL,
    LESS,
    GREATER,
    LESS_OR_EQUAL,
    GREATER_OR_EQUAL;

    boolean holds(int comparison) {
      return switch (this) {
        case EQUAL -> comparison == 0;
        case LESS -> comparison < 0;
        case GREATER -> comparison > 0;
        case LESS_OR_EQUAL -> comparison <= 0;
        case GREATER_OR_EQUAL -> comparison >= 0;
      };
    }
  }
}
