package io.stepwise.engine.state;

import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds ExecutionRedriven: the execution runs again, and every thread on the path of its failure is
 * set to run again. A thread that had succeeded keeps its result; a thread that had not enters its
 * current state again ({@link Phase#REDRIVEN}), except a Parallel or inline Map state whose
 * branches or iterations had started: it waits for them again, and only those that did not succeed
 * run again, as AWS redrives them.
 */
final class RedriveApplier {

  private RedriveApplier() {}

  static void apply(ExecutionState state, HistoryEvent event) {
    EventDetails.ExecutionRedriven details = (EventDetails.ExecutionRedriven) event.details();
    state.status = ExecutionStatus.RUNNING;
    state.output = null;
    state.error = null;
    state.cause = null;
    state.redriveCount = details.redriveCount();
    state.redriveTime = event.timestamp();
    redrive(state, state.frame(0), event.id());
  }

  private static void redrive(ExecutionState state, Frame frame, long redrivenEventId) {
    List<Frame> children = unsuccessfulChildren(state, frame);
    frame.failure = null;
    if (children.isEmpty()) {
      frame.phase = Phase.REDRIVEN;
      frame.lastEventId = redrivenEventId;
      return;
    }
    frame.phase = Phase.CHILDREN;
    for (Frame child : children) {
      if (child.phase == Phase.THREAD_FAILED) {
        frame.failedItems--;
      }
      if (child.ended()) {
        frame.running++;
      }
      redrive(state, child, redrivenEventId);
    }
  }

  /**
   * The branches or iterations of the latest start of the Parallel or inline Map state of {@code
   * frame} that did not succeed; none when the state is of another type, waits for a retry, or
   * failed before or after its children ran (it is then entered again as a whole). A distributed
   * Map state is redriven as a thread: the step that resumes it runs its Map Run again (or enters
   * the state again when its Map Run did not start), recording MapRunRedriven.
   */
  private static List<Frame> unsuccessfulChildren(ExecutionState state, Frame frame) {
    List<Frame> children = new ArrayList<>();
    boolean withChildren =
        frame.state instanceof ParallelState
            || (frame.state instanceof MapState map && !StateFields.isDistributed(map));
    if (!withChildren || frame.results == null || frame.phase == Phase.RETRY_WAIT) {
      return children;
    }
    for (int id = frame.firstChild; id < state.frames().size(); id++) {
      Frame child = state.frame(id);
      if (child.parentId == frame.id && child.phase != Phase.SUCCEEDED) {
        children.add(child);
      }
    }
    return children;
  }
}
