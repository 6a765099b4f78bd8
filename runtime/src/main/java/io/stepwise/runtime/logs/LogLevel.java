package io.stepwise.runtime.logs;

import io.stepwise.engine.history.HistoryEventType;
import java.util.EnumSet;
import java.util.Set;

/**
 * The levels of a {@code loggingConfiguration}, each with the history event types it logs, as AWS's
 * table of log levels lists them: ALL logs every event, OFF none, ERROR the events of failures,
 * aborts and timeouts, FATAL only the execution's own failure, abort or timeout.
 */
public enum LogLevel {
  ALL,
  ERROR,
  FATAL,
  OFF;

  private static final Set<HistoryEventType> FATAL_EVENTS =
      EnumSet.of(
          HistoryEventType.EXECUTION_ABORTED,
          HistoryEventType.EXECUTION_FAILED,
          HistoryEventType.EXECUTION_TIMED_OUT);

  private static final Set<HistoryEventType> ERROR_EVENTS =
      EnumSet.of(
          HistoryEventType.EXECUTION_ABORTED,
          HistoryEventType.EXECUTION_FAILED,
          HistoryEventType.EXECUTION_TIMED_OUT,
          HistoryEventType.FAIL_STATE_ENTERED,
          HistoryEventType.LAMBDA_FUNCTION_FAILED,
          HistoryEventType.LAMBDA_FUNCTION_SCHEDULE_FAILED,
          HistoryEventType.LAMBDA_FUNCTION_START_FAILED,
          HistoryEventType.LAMBDA_FUNCTION_TIMED_OUT,
          HistoryEventType.MAP_ITERATION_ABORTED,
          HistoryEventType.MAP_ITERATION_FAILED,
          HistoryEventType.MAP_STATE_ABORTED,
          HistoryEventType.MAP_STATE_FAILED,
          HistoryEventType.PARALLEL_STATE_ABORTED,
          HistoryEventType.PARALLEL_STATE_FAILED,
          HistoryEventType.TASK_FAILED,
          HistoryEventType.TASK_START_FAILED,
          HistoryEventType.TASK_STATE_ABORTED,
          HistoryEventType.TASK_SUBMIT_FAILED,
          HistoryEventType.TASK_TIMED_OUT,
          HistoryEventType.WAIT_STATE_ABORTED);

  /** Whether an event of {@code type} is logged at this level. */
  public boolean logs(HistoryEventType type) {
    return switch (this) {
      case ALL -> true;
      case ERROR -> ERROR_EVENTS.contains(type);
      case FATAL -> FATAL_EVENTS.contains(type);
      case OFF -> false;
    };
  }
}
