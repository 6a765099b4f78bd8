package io.stepwise.asl.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.jsonata.CompiledJsonata;
import io.stepwise.asl.path.JsonPath;
import io.stepwise.asl.template.PayloadTemplate;
import java.util.List;

/**
 * A Choice rule: a boolean expression over the state's input. Top-level rules are wrapped in a
 * {@link Choice}, which adds the {@code Next} state (and, for JSONata states, {@code Assign} and
 * {@code Output}).
 */
public sealed interface ChoiceRule
    permits ChoiceRule.And,
        ChoiceRule.Or,
        ChoiceRule.Not,
        ChoiceRule.Comparison,
        ChoiceRule.Condition {

  /** One element of a Choice state's {@code Choices} array. */
  record Choice(ChoiceRule rule, String next, PayloadTemplate assign, PayloadTemplate output) {}

  /** {@code And}: every rule matches. */
  record And(List<ChoiceRule> rules) implements ChoiceRule {}

  /** {@code Or}: some rule matches. */
  record Or(List<ChoiceRule> rules) implements ChoiceRule {}

  /** {@code Not}: the rule does not match. */
  record Not(ChoiceRule rule) implements ChoiceRule {}

  /**
   * A comparison of the value at {@code variable} with an operand. For the {@code ...Path}
   * operators the operand is {@code operandPath}; otherwise it is the literal {@code operand}.
   */
  record Comparison(
      JsonPath variable, ComparisonOperator operator, JsonNode operand, JsonPath operandPath)
      implements ChoiceRule {}

  /**
   * A JSONata {@code Condition}.
   *
   * @param jsonata the expression without its {@code {% %}} delimiters
   * @param compiled the parsed expression; a parser reports {@link CompiledJsonata#syntaxError()}
   */
  record Condition(String jsonata, CompiledJsonata compiled) implements ChoiceRule {
    /** Parses {@code jsonata}, keeping a syntax error in {@link #compiled()}. */
    public Condition(String jsonata) {
      this(jsonata, CompiledJsonata.parse(jsonata));
    }
  }
}
