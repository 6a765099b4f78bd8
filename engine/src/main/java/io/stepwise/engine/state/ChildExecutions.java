package io.stepwise.engine.state;

import io.stepwise.asl.model.MapState;
import io.stepwise.dataflow.Failure;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;

/**
 * The appliers of the events of child executions of a distributed Map state: they run as threads of
 * this state, but their events belong to their own histories.
 */
final class ChildExecutions {
  private ChildExecutions() {}

  /** Applies the execution-level events of a child execution; false for any other event. */
  static boolean apply(ExecutionState state, HistoryEvent event) {
    switch (event.type()) {
      case EXECUTION_STARTED -> started(state, event);
      case EXECUTION_FAILED -> failed(state, event);
      case EXECUTION_SUCCEEDED -> {}
      default -> {
        return false;
      }
    }
    return true;
  }

  private static void started(ExecutionState state, HistoryEvent event) {
    EventDetails.ChildExecutionStarted details =
        (EventDetails.ChildExecutionStarted) event.details();
    Frame map = state.frame(details.mapThread());
    Frame child =
        state.newChildExecution(map.id, details.index(), ((MapState) map.state).itemProcessor());
    child.startInput = details.input();
    if (map.redriveSlots.contains(details.index())) {
      map.redriveSlots.remove((Integer) details.index());
    } else {
      map.nextItem++;
    }
    map.running++;
  }

  private static void failed(ExecutionState state, HistoryEvent event) {
    Frame child = state.frame(event.thread());
    if (!child.ended()) {
      EventDetails.ErrorDetails details = (EventDetails.ErrorDetails) event.details();
      child.failure = new Failure(details.error(), details.cause());
      HistoryApplier.endThreadFailed(state, child, event.id());
    }
  }
}
