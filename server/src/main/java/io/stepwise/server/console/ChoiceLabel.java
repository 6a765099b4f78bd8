package io.stepwise.server.console;

import io.stepwise.asl.model.ChoiceRule;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The short text of a Choice rule that labels its edge in the graph. */
final class ChoiceLabel {
  private ChoiceLabel() {}

  static String of(ChoiceRule rule) {
    return switch (rule) {
      case ChoiceRule.And and -> joined(and.rules().stream(), " and ");
      case ChoiceRule.Or or -> joined(or.rules().stream(), " or ");
      case ChoiceRule.Not not -> "not (" + of(not.rule()) + ")";
      case ChoiceRule.Comparison c ->
          c.variable().text()
              + " "
              + c.operator().aslName()
              + (c.operandPath() != null
                  ? "Path " + c.operandPath().text()
                  : c.operand() == null ? "" : " " + c.operand());
      case ChoiceRule.Condition condition -> condition.jsonata();
    };
  }

  private static String joined(Stream<ChoiceRule> rules, String separator) {
    return rules.map(r -> "(" + of(r) + ")").collect(Collectors.joining(separator));
  }
}
