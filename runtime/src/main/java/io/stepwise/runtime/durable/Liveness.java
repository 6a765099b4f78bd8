package io.stepwise.runtime.durable;

import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.state.ExecutionState;
import io.stepwise.engine.step.CommandHandler;

/**
 * Whether a timer or a task of an execution still matters after a step. The engine sets timers and
 * schedules tasks but never cancels them; a timer or task whose thread has moved on is simply
 * ignored when it fires. The runtime asks here so that it can delete such rows at once instead of
 * keeping them until they fire.
 */
final class Liveness {

  private Liveness() {}

  /**
   * A timer matters while the execution runs and, unless it is the execution's own timeout, while
   * its task (timeout and heartbeat timers carry the task's token, the heartbeat negated) or its
   * Wait or retry still waits for it.
   */
  static boolean timer(ExecutionState state, long timerId) {
    if (state.status() != ExecutionStatus.RUNNING) {
      return false;
    }
    return timerId == CommandHandler.EXECUTION_TIMER
        || state.taskFrame(Math.abs(timerId)) != null
        || state.timerFrame(timerId) != null;
  }

  /** A task matters while its Task state waits for its result. */
  static boolean task(ExecutionState state, long token) {
    return state.status() == ExecutionStatus.RUNNING && state.taskFrame(token) != null;
  }
}
