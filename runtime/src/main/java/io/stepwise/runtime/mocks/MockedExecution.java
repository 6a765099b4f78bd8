package io.stepwise.runtime.mocks;

import io.stepwise.engine.Command;
import io.stepwise.engine.Effect;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.state.ExecutionState;
import io.stepwise.engine.state.Frame;
import io.stepwise.engine.step.TaskResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One execution run with a test case: it answers the tasks of mocked states in place of their
 * resources, whatever their kind (Lambda, HTTP, AWS services, activities, {@code .sync} and {@code
 * .waitForTaskToken}: a mocked callback task succeeds or fails at once, with no token to wait for).
 *
 * <p>As Step Functions Local does, each mocked state has one count of invocations for the whole
 * execution: a retry, a second pass through a loop and every Map iteration take the next index. The
 * count is a fold over the execution's history (each TaskScheduled, LambdaFunctionScheduled or
 * ActivityScheduled event belongs to the state its thread last entered), so an execution rebuilt
 * from its stored history after a restart goes on with the same indexes.
 */
public final class MockedExecution {
  private static final long EVENT_ID_BITS = 0xFFFF_FFFFL;

  private final TestCase testCase;
  private final Map<Integer, String> stateOfThread = new HashMap<>();
  private final Map<String, Integer> invocations = new HashMap<>();

  /** The index of each mocked task, by its thread and the id of its scheduled event. */
  private final Map<Long, Integer> indexOfTask = new HashMap<>();

  public MockedExecution(TestCase testCase) {
    this.testCase = testCase;
  }

  public TestCase testCase() {
    return testCase;
  }

  /** Folds events of the execution's history, in order, into the invocation counts. */
  public synchronized void record(List<HistoryEvent> events) {
    for (HistoryEvent event : events) {
      if (event.details() instanceof EventDetails.StateEntered entered) {
        stateOfThread.put(event.thread(), entered.name());
      } else if (isScheduled(event.type())) {
        String state = stateOfThread.get(event.thread());
        if (state != null && testCase.mocks(state)) {
          int index = invocations.merge(state, 1, Integer::sum) - 1;
          indexOfTask.put(key(event.thread(), event.id()), index);
        }
      }
    }
  }

  /**
   * The commands that answer {@code task} when its state is mocked, or none when the task runs for
   * real. An activity's answer comes after a start without a worker's name, so that its history
   * shows what a worker's would. {@code state} must hold the task as waiting, as it does when the
   * task is dispatched.
   */
  public synchronized List<Command> answer(Effect.InvokeTask task, ExecutionState state) {
    Frame frame = state.taskFrame(task.token());
    Integer index =
        frame == null ? null : indexOfTask.get(key(frame.id(), task.token() & EVENT_ID_BITS));
    if (index == null) {
      return List.of();
    }
    Command result =
        testCase.answer(frame.state().name(), index).orElseThrow().command(task.token());
    return TaskResource.of(task.resource()).kind() == TaskResource.Kind.ACTIVITY
        ? List.of(new Command.ActivityStarted(task.token(), null), result)
        : List.of(result);
  }

  private static boolean isScheduled(HistoryEventType type) {
    return type == HistoryEventType.TASK_SCHEDULED
        || type == HistoryEventType.LAMBDA_FUNCTION_SCHEDULED
        || type == HistoryEventType.ACTIVITY_SCHEDULED;
  }

  private static long key(int thread, long eventId) {
    return ((long) thread << 32) | eventId;
  }
}
