package io.stepwise.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.model.Catcher;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.dataflow.DataFlow;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.Failure;
import io.stepwise.dataflow.jsonata.StatesBinding;
import io.stepwise.engine.CompiledMachine;
import io.stepwise.engine.state.Causes;
import io.stepwise.engine.state.ContextObject;
import io.stepwise.engine.state.Frame;
import io.stepwise.engine.state.HistoryApplier;
import io.stepwise.engine.state.StateFields;
import java.util.Map;

/** Catchers: leaving a failed state for the Next of the catcher that matches its error. */
final class Catches {
  private final Stepper stepper;

  Catches(Stepper stepper) {
    this.stepper = stepper;
  }

  /**
   * Handles the failure of a state in phase FAILED with the catcher that matches it; the applier
   * leaves a state in that phase only when one does.
   */
  void catchFailure(Frame frame) {
    catchWith(frame, HistoryApplier.catcherFor(frame), frame.failure(), frame.lastEventId());
  }

  Catcher catcherFor(Frame frame, Failure failure) {
    for (Catcher catcher : StateFields.catchers(frame.state())) {
      if (ErrorNames.matches(catcher.errorEquals(), failure.error())) {
        return catcher;
      }
    }
    return null;
  }

  /**
   * Leaves the failed state for the catcher's Next: in JSONPath with the error output at its
   * ResultPath, in JSONata with its Output (the error output without one); either way with the
   * variables of its Assign.
   */
  void catchWith(Frame frame, Catcher catcher, Failure failure, long previousEventId) {
    ObjectNode errorOutput = JsonNodeFactory.instance.objectNode();
    errorOutput.put("Error", failure.error());
    if (failure.cause() != null) {
      errorOutput.put("Cause", failure.cause());
    }
    stepper
        .options
        .inspector()
        .caught(
            frame.id(),
            frame.state().name(),
            failure,
            StateFields.catchers(frame.state()).indexOf(catcher));
    ContextObject context = ContextObject.of(stepper.state(), frame);
    CompiledMachine.CatcherFields fields = stepper.machine.catcher(catcher);
    try {
      JsonNode output;
      Map<String, JsonNode> assigned;
      if (QueryFields.isJsonata(frame.state())) {
        StatesBinding states = StatesBinding.withErrorOutput(frame.input(), errorOutput);
        assigned = QueryFields.assign(fields.assign(), frame.state(), null, states, context);
        output = QueryFields.output(fields.output(), states, errorOutput, context);
      } else {
        assigned = QueryFields.assign(fields.assign(), frame.state(), errorOutput, null, context);
        output = DataFlow.applyResultPath(catcher.resultPath(), frame.input(), errorOutput);
      }
      stepper.steps.exit(frame, output, assigned, fields.next(), previousEventId);
    } catch (DataFlowException e) {
      stepper.failThread(frame, Causes.ofState(e.failure(), frame));
    }
  }
}
