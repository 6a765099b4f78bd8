package io.stepwise.engine.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.FailState;
import io.stepwise.asl.model.ValueSource;
import io.stepwise.dataflow.DataFlow;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.Failure;

/** The error and cause that a Fail state ends its thread with. */
public final class FailStates {
  private FailStates() {}

  /**
   * Evaluates Error/ErrorPath and Cause/CausePath against the state's input. A path that fails
   * makes the failure the evaluation's own ({@code States.Runtime}), as on AWS.
   */
  public static Failure failure(FailState state, Frame frame, ExecutionState execution) {
    ContextObject context = ContextObject.of(execution, frame);
    try {
      String error = text(state.error(), "ErrorPath", frame.input(), context);
      String cause = text(state.cause(), "CausePath", frame.input(), context);
      return new Failure(error, cause);
    } catch (DataFlowException e) {
      return Causes.ofState(e.failure(), frame);
    }
  }

  private static String text(
      ValueSource source, String field, JsonNode input, ContextObject context)
      throws DataFlowException {
    if (source == null) {
      return null;
    }
    JsonNode value = DataFlow.evaluate(source, field, input, context);
    return value.isTextual() ? value.textValue() : value.toString();
  }
}
