package io.stepwise.dataflow.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.ChoiceRule;
import io.stepwise.dataflow.choice.CompiledRule.AllOf;
import io.stepwise.dataflow.choice.CompiledRule.AnyOf;
import io.stepwise.dataflow.choice.CompiledRule.Negation;
import io.stepwise.dataflow.choice.CompiledRule.Presence;
import io.stepwise.dataflow.choice.CompiledRule.VariableCheck;
import io.stepwise.dataflow.choice.ValueCheck.Order;
import java.util.function.Predicate;

/** Turns the parsed JSONPath rules of the model into {@link CompiledRule}s. */
final class RuleCompiler {

  private RuleCompiler() {}

  /**
   * @throws IllegalArgumentException for a JSONata {@code Condition}, which the JSONata evaluator
   *     decides
   */
  static CompiledRule compile(ChoiceRule rule) {
    return switch (rule) {
      case ChoiceRule.And and ->
          new AllOf(and.rules().stream().map(RuleCompiler::compile).toList());
      case ChoiceRule.Or or -> new AnyOf(or.rules().stream().map(RuleCompiler::compile).toList());
      case ChoiceRule.Not not -> new Negation(compile(not.rule()));
      case ChoiceRule.Comparison comparison -> comparison(comparison);
      case ChoiceRule.Condition condition ->
          throw new IllegalArgumentException(
              "A JSONata Condition is not a JSONPath rule: " + condition.jsonata());
    };
  }

  private static CompiledRule comparison(ChoiceRule.Comparison rule) {
    return switch (rule.operator()) {
      case IS_PRESENT -> new Presence(rule.variable(), rule.operand().booleanValue());
      case IS_NULL -> typeCheck(rule, JsonNode::isNull);
      case IS_NUMERIC -> typeCheck(rule, JsonNode::isNumber);
      case IS_STRING -> typeCheck(rule, JsonNode::isTextual);
      case IS_BOOLEAN -> typeCheck(rule, JsonNode::isBoolean);
      case IS_TIMESTAMP -> typeCheck(rule, value -> ComparedType.TIMESTAMP.read(value) != null);
      case STRING_MATCHES ->
          new VariableCheck(
              rule.variable(),
              new ValueCheck.Matches(WildcardPattern.compile(rule.operand().textValue())));
      case STRING_EQUALS -> relation(rule, ComparedType.STRING, Order.EQUAL);
      case STRING_LESS_THAN -> relation(rule, ComparedType.STRING, Order.LESS);
      case STRING_GREATER_THAN -> relation(rule, ComparedType.STRING, Order.GREATER);
      case STRING_LESS_THAN_EQUALS -> relation(rule, ComparedType.STRING, Order.LESS_OR_EQUAL);
      case STRING_GREATER_THAN_EQUALS ->
          relation(rule, ComparedType.STRING, Order.GREATER_OR_EQUAL);
      case NUMERIC_EQUALS -> relation(rule, ComparedType.NUMBER, Order.EQUAL);
      case NUMERIC_LESS_THAN -> relation(rule, ComparedType.NUMBER, Order.LESS);
      case NUMERIC_GREATER_THAN -> relation(rule, ComparedType.NUMBER, Order.GREATER);
      case NUMERIC_LESS_THAN_EQUALS -> relation(rule, ComparedType.NUMBER, Order.LESS_OR_EQUAL);
      case NUMERIC_GREATER_THAN_EQUALS ->
          relation(rule, ComparedType.NUMBER, Order.GREATER_OR_EQUAL);
      case BOOLEAN_EQUALS -> relation(rule, ComparedType.BOOLEAN, Order.EQUAL);
      case TIMESTAMP_EQUALS -> relation(rule, ComparedType.TIMESTAMP, Order.EQUAL);
      case TIMESTAMP_LESS_THAN -> relation(rule, ComparedType.TIMESTAMP, Order.LESS);
      case TIMESTAMP_GREATER_THAN -> relation(rule, ComparedType.TIMESTAMP, Order.GREATER);
      case TIMESTAMP_LESS_THAN_EQUALS ->
          relation(rule, ComparedType.TIMESTAMP, Order.LESS_OR_EQUAL);
      case TIMESTAMP_GREATER_THAN_EQUALS ->
          relation(rule, ComparedType.TIMESTAMP, Order.GREATER_OR_EQUAL);
    };
  }

  private static CompiledRule typeCheck(ChoiceRule.Comparison rule, Predicate<JsonNode> isOfType) {
    return new VariableCheck(
        rule.variable(), new ValueCheck.TypeCheck(isOfType, rule.operand().booleanValue()));
  }

  /** A literal operand is read once here, so a timestamp literal is parsed only once. */
  private static <T> CompiledRule relation(
      ChoiceRule.Comparison rule, ComparedType<T> type, Order order) {
    T literal = rule.operandPath() == null ? type.read(rule.operand()) : null;
    return new VariableCheck(
        rule.variable(), new ValueCheck.Relation<>(type, order, literal, rule.operandPath()));
  }
}
