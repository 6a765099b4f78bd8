package io.stepwise.engine.state;

import io.stepwise.asl.model.Catcher;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.asl.model.FailState;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.asl.model.WaitState;
import io.stepwise.dataflow.Failure;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.retry.RetryPolicy;
import java.util.HashMap;
import java.util.List;

/**
 * Folds history events into an {@link ExecutionState}: with the appliers it delegates to, the only
 * code that changes it. Applying an execution's events in order to a fresh state gives the live
 * state, which is how an execution is recovered.
 */
public final class HistoryApplier {
  /** The retry counts of a state without retriers: never written, so all frames share it. */
  private static final int[] NO_ATTEMPTS = new int[0];

  private HistoryApplier() {}

  /** Applies {@code event} to {@code state} and returns it. */
  public static ExecutionState apply(ExecutionState state, HistoryEvent event) {
    state.recordEventId(event);
    boolean childExecutionEvent =
        !state.isOwnEvent(event) || event.details() instanceof EventDetails.ChildExecutionStarted;
    if (!childExecutionEvent || !ChildExecutions.apply(state, event)) {
      applyToThread(state, event);
    }
    return state;
  }

  private static void applyToThread(ExecutionState state, HistoryEvent event) {
    switch (event.type()) {
      case EXECUTION_STARTED -> executionStarted(state, event);
      case EXECUTION_SUCCEEDED -> {
        state.status = ExecutionStatus.SUCCEEDED;
        state.output = ((EventDetails.ExecutionSucceeded) event.details()).output();
      }
      case EXECUTION_FAILED -> executionEnded(state, ExecutionStatus.FAILED, event);
      case EXECUTION_ABORTED -> executionEnded(state, ExecutionStatus.ABORTED, event);
      case EXECUTION_TIMED_OUT -> executionEnded(state, ExecutionStatus.TIMED_OUT, event);
      case EXECUTION_REDRIVEN -> RedriveApplier.apply(state, event);
      case PASS_STATE_ENTERED,
          TASK_STATE_ENTERED,
          CHOICE_STATE_ENTERED,
          WAIT_STATE_ENTERED,
          SUCCEED_STATE_ENTERED,
          PARALLEL_STATE_ENTERED,
          MAP_STATE_ENTERED ->
          stateEntered(state, event);
      case FAIL_STATE_ENTERED -> failStateEntered(state, event);
      case EVALUATION_FAILED -> state.frame(event.thread()).lastEventId = event.id();
      case PASS_STATE_EXITED,
          TASK_STATE_EXITED,
          CHOICE_STATE_EXITED,
          WAIT_STATE_EXITED,
          SUCCEED_STATE_EXITED,
          PARALLEL_STATE_EXITED,
          MAP_STATE_EXITED ->
          stateExited(state, event);
      default -> TaskAndChildEvents.apply(state, event);
    }
  }

  private static void executionStarted(ExecutionState state, HistoryEvent event) {
    EventDetails.ExecutionStarted details = (EventDetails.ExecutionStarted) event.details();
    state.input = details.input();
    state.startTime = event.timestamp();
    Frame root = state.newFrame(-1, 0, state.machine().workflow(), 0);
    root.startInput = details.input();
  }

  private static void executionEnded(
      ExecutionState state, ExecutionStatus status, HistoryEvent event) {
    EventDetails.ErrorDetails details = (EventDetails.ErrorDetails) event.details();
    state.status = status;
    state.error = details.error();
    state.cause = details.cause();
    state.tasks().clear();
    state.timers().clear();
  }

  private static void stateEntered(ExecutionState state, HistoryEvent event) {
    EventDetails.StateEntered details = (EventDetails.StateEntered) event.details();
    Frame frame = state.frame(event.thread());
    frame.state = frame.workflow.state(details.name());
    frame.input = details.input();
    frame.phase = Phase.ENTERED;
    frame.enteredEventId = event.id();
    frame.enteredPreviousEventId = event.previousEventId();
    frame.enteredTime = event.timestamp();
    frame.lastEventId = event.id();
    frame.failure = null;
    int retriers = StateFields.retriers(frame.state).size();
    frame.attempts = retriers == 0 ? NO_ATTEMPTS : new int[retriers];
    frame.retryCount = 0;
    frame.results = null;
    if (frame.state instanceof WaitState) {
      state.timers().put(frame.timerKey(event.id()), frame);
    }
  }

  private static void failStateEntered(ExecutionState state, HistoryEvent event) {
    stateEntered(state, event);
    Frame frame = state.frame(event.thread());
    frame.failure = FailStates.failure((FailState) frame.state, frame, state);
    frame.phase = Phase.FAILED;
    endThreadFailed(state, frame, event.id());
  }

  private static void stateExited(ExecutionState state, HistoryEvent event) {
    EventDetails.StateExited details = (EventDetails.StateExited) event.details();
    Frame frame = state.frame(event.thread());
    frame.output = details.output();
    frame.lastEventId = event.id();
    frame.phase = Phase.EXITED;
    if (details.assignedVariables() != null) {
      if (frame.variables == null) {
        frame.variables = new HashMap<>();
      }
      frame.variables.putAll(details.assignedVariables());
    }
    if (frame.state instanceof WaitState) {
      // Only a Wait state's timer is keyed by its Entered event (see stateEntered).
      state.timers().remove(frame.timerKey(frame.enteredEventId));
    }
    if (details.next() == null) {
      endThreadSucceeded(state, frame);
    }
  }

  /**
   * Records that the current state of {@code frame} failed with {@code failure}: it waits for a
   * retry when a retrier matches, else it stays failed for a catcher or its thread fails.
   */
  static void stateFailed(ExecutionState state, Frame frame, Failure failure, long eventId) {
    frame.failure = failure;
    List<io.stepwise.asl.model.Retrier> retriers = StateFields.retriers(frame.state);
    int retrier = RetryPolicy.retrierFor(retriers, frame.attempts, failure.error());
    if (retrier >= 0) {
      frame.attempts[retrier]++;
      frame.phase = Phase.RETRY_WAIT;
      frame.retryTimerId = eventId;
      state.timers().put(frame.timerKey(eventId), frame);
      return;
    }
    frame.phase = Phase.FAILED;
  }

  /** Ends the thread when no catcher handles its failed state; a catcher leaves it FAILED. */
  static void settleFailure(ExecutionState state, Frame frame, long eventId) {
    if (catcherFor(frame) == null) {
      endThreadFailed(state, frame, eventId);
    }
  }

  /** The catcher that handles the current failure of {@code frame}, or {@code null}. */
  public static Catcher catcherFor(Frame frame) {
    for (Catcher catcher : StateFields.catchers(frame.state)) {
      if (ErrorNames.matches(catcher.errorEquals(), frame.failure.error())) {
        return catcher;
      }
    }
    return null;
  }

  static void endThreadSucceeded(ExecutionState state, Frame frame) {
    frame.phase = Phase.SUCCEEDED;
    if (frame.parentId < 0) {
      return;
    }
    Frame parent = state.frame(frame.parentId);
    parent.results[frame.slot] = frame.output;
    parent.running--;
    parent.childLastEventId = frame.lastEventId;
  }

  static void endThreadFailed(ExecutionState state, Frame frame, long eventId) {
    frame.phase = Phase.THREAD_FAILED;
    if (frame.parentId < 0) {
      return;
    }
    Frame parent = state.frame(frame.parentId);
    parent.running--;
    parent.failedItems++;
    parent.childLastEventId = frame.lastEventId;
    if (parent.failure == null && parent.phase == Phase.CHILDREN && failsParent(parent)) {
      abortChildren(state, parent);
      stateFailed(state, parent, frame.failure, eventId);
    }
  }

  private static boolean failsParent(Frame parent) {
    return switch (parent.state) {
      case ParallelState p -> true;
      case MapState m -> !StateFields.isDistributed(m);
      default -> true;
    };
  }

  /** Stops every running child of {@code parent}: its Map or Parallel state is over. */
  static void abortChildren(ExecutionState state, Frame parent) {
    for (Frame child : state.frames()) {
      if (child.parentId == parent.id && !child.ended()) {
        child.phase = Phase.ABORTED;
        state.tasks().remove(child.token);
        state.timers().remove(child.timerKey(child.enteredEventId));
        parent.running--;
        abortChildren(state, child);
      }
    }
  }
}
