package io.stepwise.engine.step;

import io.stepwise.asl.model.ChoiceState;
import io.stepwise.asl.model.FailState;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.asl.model.PassState;
import io.stepwise.asl.model.State;
import io.stepwise.asl.model.SucceedState;
import io.stepwise.asl.model.TaskState;
import io.stepwise.asl.model.WaitState;
import io.stepwise.engine.history.HistoryEventType;

/** The event types that record entering and leaving each type of state. */
final class EventTypes {
  private EventTypes() {}

  static HistoryEventType entered(State state) {
    return switch (state) {
      case PassState s -> HistoryEventType.PASS_STATE_ENTERED;
      case TaskState s -> HistoryEventType.TASK_STATE_ENTERED;
      case ChoiceState s -> HistoryEventType.CHOICE_STATE_ENTERED;
      case WaitState s -> HistoryEventType.WAIT_STATE_ENTERED;
      case SucceedState s -> HistoryEventType.SUCCEED_STATE_ENTERED;
      case FailState s -> HistoryEventType.FAIL_STATE_ENTERED;
      case ParallelState s -> HistoryEventType.PARALLEL_STATE_ENTERED;
      case MapState s -> HistoryEventType.MAP_STATE_ENTERED;
    };
  }

  /** The Exited type; Fail states never exit, so they have none. */
  static HistoryEventType exited(State state) {
    return switch (state) {
      case PassState s -> HistoryEventType.PASS_STATE_EXITED;
      case TaskState s -> HistoryEventType.TASK_STATE_EXITED;
      case ChoiceState s -> HistoryEventType.CHOICE_STATE_EXITED;
      case WaitState s -> HistoryEventType.WAIT_STATE_EXITED;
      case SucceedState s -> HistoryEventType.SUCCEED_STATE_EXITED;
      case FailState s ->
          throw new IllegalStateException("Expected a state that exits, but got Fail");
      case ParallelState s -> HistoryEventType.PARALLEL_STATE_EXITED;
      case MapState s -> HistoryEventType.MAP_STATE_EXITED;
    };
  }
}
