package io.stepwise.dataflow.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.ChoiceRule;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.EvaluationContext;
import java.util.List;

/**
 * Decides a JSONPath Choice state: the first of its choices whose rule holds for the state's
 * effective input (after InputPath). Compile it once per state with {@link #compile(List)} and keep
 * it with the compiled definition; {@link #select} then does no parsing or allocation beyond what
 * the paths themselves need.
 *
 * <p>The comparisons follow AWS: a value of another type than the operator compares makes the rule
 * false; a {@code Variable} (or an operand path) that selects nothing fails the state with {@code
 * States.Runtime}, except for {@code IsPresent}. JSONata {@code Condition}s are not decided here.
 */
public final class ChoiceEvaluator {
  private final List<ChoiceRule.Choice> choices;
  private final List<CompiledRule> rules;

  private ChoiceEvaluator(List<ChoiceRule.Choice> choices, List<CompiledRule> rules) {
    this.choices = choices;
    this.rules = rules;
  }

  /**
   * Compiles the {@code Choices} of a JSONPath Choice state.
   *
   * @throws IllegalArgumentException when a choice is a JSONata {@code Condition}
   */
  public static ChoiceEvaluator compile(List<ChoiceRule.Choice> choices) {
    List<CompiledRule> rules =
        choices.stream().map(choice -> RuleCompiler.compile(choice.rule())).toList();
    return new ChoiceEvaluator(List.copyOf(choices), rules);
  }

  /**
   * The first choice whose rule holds, or {@code null} when none does (the state then goes to its
   * {@code Default}, or fails with {@code States.NoChoiceMatched}).
   *
   * @throws DataFlowException {@code States.Runtime} when a rule's path selects nothing; the cause
   *     is AWS's text without the engine's {@code An error occurred while executing the state}
   *     prefix
   */
  public ChoiceRule.Choice select(JsonNode input, EvaluationContext context)
      throws DataFlowException {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).matches(input, context)) {
        return choices.get(i);
      }
    }
    return null;
  }
}
