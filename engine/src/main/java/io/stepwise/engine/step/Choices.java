package io.stepwise.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.ChoiceRule;
import io.stepwise.asl.model.ChoiceState;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.asl.model.State;
import io.stepwise.asl.template.PayloadTemplate;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.jsonata.JsonataEvaluator;
import io.stepwise.dataflow.jsonata.ResultType;
import io.stepwise.dataflow.jsonata.StatesBinding;
import io.stepwise.engine.state.ContextObject;
import io.stepwise.engine.state.Frame;
import java.util.Map;

/**
 * JSONata Choice states: the first rule whose {@code Condition} is true leaves with its own {@code
 * Assign} and {@code Output}; the {@code Default} leaves with the state's.
 */
final class Choices {
  private Choices() {}

  static void jsonata(StateSteps steps, Frame frame, ChoiceState choice, ContextObject context)
      throws DataFlowException {
    StatesBinding states = StatesBinding.ofInput(frame.input());
    ChoiceRule.Choice chosen = firstTrue(choice, states, context);
    State next =
        chosen != null ? steps.machine().target(chosen) : steps.machine().successor(choice);
    if (next == null) {
      throw new DataFlowException(ErrorNames.NO_CHOICE_MATCHED, null);
    }
    PayloadTemplate assign = chosen != null ? chosen.assign() : choice.assign();
    PayloadTemplate output = chosen != null ? chosen.output() : choice.output();
    Map<String, JsonNode> assigned = QueryFields.assign(assign, choice, null, states, context);
    JsonNode result = QueryFields.output(output, states, frame.input(), context);
    steps.exit(frame, result, assigned, next, frame.lastEventId());
  }

  private static ChoiceRule.Choice firstTrue(
      ChoiceState choice, StatesBinding states, ContextObject context) throws DataFlowException {
    for (ChoiceRule.Choice candidate : choice.choices()) {
      if (candidate.rule() instanceof ChoiceRule.Condition condition
          && JsonataEvaluator.evaluate(
                  condition.compiled(), "Condition", states, context, ResultType.BOOLEAN)
              .booleanValue()) {
        return candidate;
      }
    }
    return null;
  }
}
