package io.stepwise.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.MapState;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.state.Causes;
import io.stepwise.engine.state.ExecutionState;
import io.stepwise.engine.state.Frame;
import io.stepwise.engine.state.Phase;

/**
 * RedriveExecution: records ExecutionRedriven, whose applier sets every thread that did not succeed
 * to run again (see {@code RedriveApplier}), then runs those threads. The state machine's
 * TimeoutSeconds counts again from the redrive, as on AWS.
 */
final class Redrives {
  private final Stepper stepper;
  private final CommandHandler handler;

  Redrives(Stepper stepper, CommandHandler handler) {
    this.stepper = stepper;
    this.handler = handler;
  }

  /** Whether an execution with {@code status} can be redriven: it failed, timed out or stopped. */
  static boolean redrivable(ExecutionStatus status) {
    return status == ExecutionStatus.FAILED
        || status == ExecutionStatus.TIMED_OUT
        || status == ExecutionStatus.ABORTED;
  }

  void redrive(String clientToken) {
    ExecutionState state = stepper.state();
    if (!state.started() || !redrivable(state.status())) {
      return;
    }
    stepper.out.emit(
        HistoryEventType.EXECUTION_REDRIVEN,
        new EventDetails.ExecutionRedriven(state.redriveCount() + 1, clientToken),
        0,
        state.lastEventId());
    handler.startExecutionTimer();
    // Threads that a redriven thread starts come after these; they run as it runs.
    int threads = state.frames().size();
    for (int id = 0; id < threads; id++) {
      prepareChildren(state.frame(id));
    }
    for (int id = 0; id < threads && state.status() == ExecutionStatus.RUNNING; id++) {
      Frame frame = state.frame(id);
      if (frame.phase() == Phase.REDRIVEN) {
        stepper.children.resumeRedriven(frame);
      }
    }
  }

  /**
   * Computes again what a Parallel or inline Map state that waits for its redriven children holds
   * in memory only: the input of its branches or its items, and the first input of each child that
   * had not entered a state.
   */
  private void prepareChildren(Frame frame) {
    if (frame.phase() != Phase.CHILDREN) {
      return;
    }
    try {
      stepper.children.prepareAgain(frame);
      for (Frame child : stepper.state().frames()) {
        if (child.parentId() == frame.id() && child.phase() == Phase.REDRIVEN) {
          child.startInput = firstInput(frame, child);
        }
      }
    } catch (DataFlowException e) {
      stepper.stateError(frame, Causes.ofState(e.failure(), frame));
    }
  }

  private JsonNode firstInput(Frame parent, Frame child) throws DataFlowException {
    return parent.state() instanceof MapState map
        ? stepper.children.itemInput(parent, map, parent.items, child.slot())
        : parent.items;
  }
}
