package io.stepwise.runtime.durable;

import io.stepwise.engine.TaskToken;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.store.ExecutionStore;
import java.util.List;
import java.util.Set;

/**
 * How a task that no longer waits ended, read from its execution's stored history: a callback for
 * it gets TaskTimedOut when it timed out, TaskDoesNotExist otherwise, as on AWS.
 */
final class TaskEnds {
  private static final Set<HistoryEventType> SCHEDULED =
      Set.of(
          HistoryEventType.TASK_SCHEDULED,
          HistoryEventType.ACTIVITY_SCHEDULED,
          HistoryEventType.LAMBDA_FUNCTION_SCHEDULED);
  private static final Set<HistoryEventType> TIMED_OUT =
      Set.of(
          HistoryEventType.TASK_TIMED_OUT,
          HistoryEventType.ACTIVITY_TIMED_OUT,
          HistoryEventType.LAMBDA_FUNCTION_TIMED_OUT);
  private static final Set<HistoryEventType> ENDED =
      Set.of(
          HistoryEventType.TASK_SUCCEEDED,
          HistoryEventType.TASK_FAILED,
          HistoryEventType.ACTIVITY_SUCCEEDED,
          HistoryEventType.ACTIVITY_FAILED,
          HistoryEventType.LAMBDA_FUNCTION_SUCCEEDED,
          HistoryEventType.LAMBDA_FUNCTION_FAILED);

  private TaskEnds() {}

  /**
   * Whether the task timed out: the first end of the task in the thread that scheduled it is a
   * time-out. The engine's token of a task of the execution's own threads is the id of its
   * scheduled event; a child execution's task (its token has the child's thread in its high bits)
   * is not looked up.
   */
  static boolean timedOut(ExecutionStore store, TaskToken token) {
    if (token.engineToken() <= 0 || token.engineToken() > Integer.MAX_VALUE) {
      return false;
    }
    List<HistoryEvent> history = store.history(token.executionArn());
    int scheduled = (int) token.engineToken() - 1;
    if (scheduled >= history.size()) {
      return false;
    }
    int thread = history.get(scheduled).thread();
    for (HistoryEvent event : history.subList(scheduled + 1, history.size())) {
      if (event.thread() == thread
          && (TIMED_OUT.contains(event.type()) || ENDED.contains(event.type()))) {
        return TIMED_OUT.contains(event.type());
      }
    }
    return false;
  }
}
