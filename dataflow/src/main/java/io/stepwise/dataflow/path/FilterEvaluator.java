package io.stepwise.dataflow.path;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.path.FilterExpression;
import io.stepwise.dataflow.EvaluationContext;

/** Decides a filter condition for one candidate node, with Jayway's comparison rules. */
final class FilterEvaluator {

  private FilterEvaluator() {}

  static boolean test(
      FilterExpression condition,
      JsonNode candidate,
      JsonNode document,
      EvaluationContext context) {
    return switch (condition) {
      case FilterExpression.And and ->
          test(and.left(), candidate, document, context)
              && test(and.right(), candidate, document, context);
      case FilterExpression.Or or ->
          test(or.left(), candidate, document, context)
              || test(or.right(), candidate, document, context);
      case FilterExpression.Not not -> !test(not.operand(), candidate, document, context);
      case FilterExpression.Exists exists -> {
        JsonNode value = value(exists.operand(), candidate, document, context);
        yield !value.isMissingNode()
            && !(value.isArray() && isIndefinite(exists.operand()) && value.isEmpty());
      }
      case FilterExpression.Comparison comparison ->
          compare(
              value(comparison.left(), candidate, document, context),
              comparison.operator(),
              value(comparison.right(), candidate, document, context));
    };
  }

  private static boolean isIndefinite(FilterExpression.Operand operand) {
    return operand instanceof FilterExpression.Current current && !current.isDefinite();
  }

  private static JsonNode value(
      FilterExpression.Operand operand,
      JsonNode candidate,
      JsonNode document,
      EvaluationContext context) {
    return switch (operand) {
      case FilterExpression.Literal literal -> literal.value();
      case FilterExpression.Root root -> PathEvaluator.select(root.path(), document, context);
      case FilterExpression.Current current ->
          PathEvaluator.select(current.segments(), current.isDefinite(), candidate, context);
    };
  }

  private static boolean compare(
      JsonNode left, FilterExpression.Operator operator, JsonNode right) {
    if (operator == FilterExpression.Operator.NE) {
      return !JsonValues.equal(left, right);
    }
    if (left.isMissingNode() || right.isMissingNode()) {
      return false;
    }
    if (operator == FilterExpression.Operator.EQ) {
      return JsonValues.equal(left, right);
    }
    Integer order = JsonValues.order(left, right);
    if (order == null) {
      return false;
    }
    return switch (operator) {
      case LT -> order < 0;
      case LE -> order <= 0;
      case GT -> order > 0;
      case GE -> order >= 0;
      default -> false;
    };
  }
}
