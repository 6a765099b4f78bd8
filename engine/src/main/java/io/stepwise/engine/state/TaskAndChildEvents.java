package io.stepwise.engine.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.asl.model.Workflow;
import io.stepwise.dataflow.Failure;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The appliers of task events and of the events of Parallel and Map states. */
final class TaskAndChildEvents {
  private TaskAndChildEvents() {}

  static void apply(ExecutionState state, HistoryEvent event) {
    switch (event.type()) {
      case TASK_SCHEDULED, LAMBDA_FUNCTION_SCHEDULED, ACTIVITY_SCHEDULED ->
          taskScheduled(state, event);
      case TASK_STARTED, LAMBDA_FUNCTION_STARTED, TASK_SUBMITTED, ACTIVITY_STARTED ->
          state.frame(event.thread()).lastEventId = event.id();
      case TASK_SUCCEEDED, LAMBDA_FUNCTION_SUCCEEDED, ACTIVITY_SUCCEEDED ->
          taskSucceeded(state, event);
      case TASK_FAILED,
          TASK_TIMED_OUT,
          LAMBDA_FUNCTION_FAILED,
          LAMBDA_FUNCTION_TIMED_OUT,
          ACTIVITY_FAILED,
          ACTIVITY_TIMED_OUT ->
          taskFailed(state, event);
      case PARALLEL_STATE_STARTED -> parallelStarted(state, event);
      case MAP_STATE_STARTED -> mapStarted(state, event);
      case MAP_ITERATION_STARTED -> iterationStarted(state, event);
      case MAP_ITERATION_FAILED -> iterationFailed(state, event);
      case PARALLEL_STATE_SUCCEEDED, MAP_STATE_SUCCEEDED -> childrenSucceeded(state, event);
      case PARALLEL_STATE_FAILED, MAP_STATE_FAILED -> childrenFailed(state, event);
      case MAP_RUN_STARTED -> mapRunStarted(state, event);
      case MAP_RUN_FAILED -> mapRunFailed(state, event);
      case MAP_RUN_SUCCEEDED -> mapRunSucceeded(state, event);
      case MAP_RUN_REDRIVEN -> mapRunRedriven(state, event);
      case MAP_RUN_UPDATED ->
          state.frame(event.thread()).mapRunSettings =
              ((EventDetails.MapRunUpdated) event.details()).settings();
      default -> {}
    }
  }

  private static void taskScheduled(ExecutionState state, HistoryEvent event) {
    Frame frame = state.frame(event.thread());
    countRetry(state, frame);
    frame.phase = Phase.TASK_RUNNING;
    frame.token = frame.timerKey(event.id());
    Long heartbeat = ((EventDetails.TaskScheduled) event.details()).heartbeatInSeconds();
    frame.heartbeatSeconds = heartbeat == null ? 0 : heartbeat;
    frame.lastEventId = event.id();
    state.tasks().put(frame.token, frame);
  }

  private static void taskSucceeded(ExecutionState state, HistoryEvent event) {
    Frame frame = state.frame(event.thread());
    state.tasks().remove(frame.token);
    frame.phase = Phase.ENTERED;
    frame.lastEventId = event.id();
  }

  private static void taskFailed(ExecutionState state, HistoryEvent event) {
    EventDetails.TaskFailed details = (EventDetails.TaskFailed) event.details();
    Frame frame = state.frame(event.thread());
    state.tasks().remove(frame.token);
    frame.lastEventId = event.id();
    HistoryApplier.stateFailed(
        state, frame, new Failure(details.error(), details.cause()), event.id());
    if (frame.phase == Phase.FAILED) {
      HistoryApplier.settleFailure(state, frame, event.id());
    }
  }

  private static void parallelStarted(ExecutionState state, HistoryEvent event) {
    Frame frame = state.frame(event.thread());
    List<Workflow> branches = ((ParallelState) frame.state).branches();
    startChildren(state, frame, event, branches.size());
    frame.running = branches.size();
    for (int i = 0; i < branches.size(); i++) {
      Frame branch = state.newFrame(frame.id, i, branches.get(i), event.id());
      branch.startInput = frame.items;
    }
  }

  private static void mapStarted(ExecutionState state, HistoryEvent event) {
    Frame frame = state.frame(event.thread());
    startChildren(state, frame, event, ((EventDetails.MapStateStarted) event.details()).length());
    frame.running = 0;
    frame.mapRunArn = null;
    frame.mapRunSettings = null;
    frame.itemsRead = null;
    frame.mapRunRedriveCount = 0;
    frame.redriveSlots = List.of();
    if (StateFields.readsItems((MapState) frame.state)) {
      awaitMapRunTask(state, frame, event);
    }
  }

  /**
   * A distributed Map's ItemReader and ResultWriter run as tasks of the Map's thread: the first
   * from MapStateStarted until MapRunStarted records the items it read, the second from
   * MapRunSucceeded until the Map state ends.
   */
  private static void awaitMapRunTask(ExecutionState state, Frame frame, HistoryEvent event) {
    frame.token = frame.timerKey(event.id());
    state.tasks().put(frame.token, frame);
  }

  private static void mapRunStarted(ExecutionState state, HistoryEvent event) {
    Frame frame = state.frame(event.thread());
    frame.lastEventId = event.id();
    EventDetails.MapRunStarted details = (EventDetails.MapRunStarted) event.details();
    frame.mapRunArn = details.mapRunArn();
    frame.mapRunSettings = details.settings();
    frame.itemsRead = details.items();
    frame.mapRunExecutions = details.executions();
    JsonNode items = details.items();
    if (items != null) {
      state.tasks().remove(frame.token);
      frame.results = new JsonNode[items.size()];
    }
  }

  /**
   * A redrive runs the Map Run again: the child executions that did not succeed (each item's
   * latest) start again, then those that had not started.
   */
  private static void mapRunRedriven(ExecutionState state, HistoryEvent event) {
    Frame frame = state.frame(event.thread());
    frame.mapRunRedriveCount = ((EventDetails.MapRunRedriven) event.details()).redriveCount();
    frame.phase = Phase.CHILDREN;
    frame.failure = null;
    frame.running = 0;
    frame.failedItems = 0;
    frame.lastEventId = event.id();
    frame.childLastEventId = event.id();
    Map<Integer, Frame> latest = new TreeMap<>();
    for (int id = frame.firstChild; id < state.frames().size(); id++) {
      Frame child = state.frame(id);
      if (child.parentId == frame.id) {
        latest.put(child.slot, child);
      }
    }
    frame.redriveSlots = new ArrayList<>();
    latest.forEach(
        (slot, child) -> {
          if (child.phase != Phase.SUCCEEDED) {
            frame.redriveSlots.add(slot);
          }
        });
  }

  private static void mapRunSucceeded(ExecutionState state, HistoryEvent event) {
    Frame frame = state.frame(event.thread());
    frame.childLastEventId = event.id();
    if (StateFields.writesResults((MapState) frame.state)) {
      awaitMapRunTask(state, frame, event);
    }
  }

  private static void startChildren(
      ExecutionState state, Frame frame, HistoryEvent event, int count) {
    countRetry(state, frame);
    frame.phase = Phase.CHILDREN;
    frame.results = new JsonNode[count];
    frame.nextItem = 0;
    frame.failedItems = 0;
    frame.failure = null;
    frame.lastEventId = event.id();
    frame.childLastEventId = event.id();
    frame.firstChild = state.frames().size();
  }

  private static void countRetry(ExecutionState state, Frame frame) {
    if (frame.phase == Phase.RETRY_WAIT) {
      frame.retryCount++;
      state.timers().remove(frame.timerKey(frame.retryTimerId));
    }
  }

  private static void iterationStarted(ExecutionState state, HistoryEvent event) {
    Frame parent = state.frame(event.thread());
    EventDetails.MapIteration details = (EventDetails.MapIteration) event.details();
    MapState map = (MapState) parent.state;
    state.newFrame(parent.id, details.index(), map.itemProcessor(), event.id());
    parent.nextItem++;
    parent.running++;
  }

  private static void iterationFailed(ExecutionState state, HistoryEvent event) {
    EventDetails.MapIteration details = (EventDetails.MapIteration) event.details();
    Frame child = state.frame(event.thread());
    if (details.failure() != null && !child.ended()) {
      child.failure = details.failure();
      child.lastEventId = event.previousEventId();
      HistoryApplier.endThreadFailed(state, child, event.previousEventId());
    }
  }

  private static void mapRunFailed(ExecutionState state, HistoryEvent event) {
    Frame frame = state.frame(event.thread());
    HistoryApplier.abortChildren(state, frame);
    frame.failure =
        switch (event.details()) {
          case EventDetails.MapRunFailed d -> new Failure(d.error(), d.cause());
          // Histories stored before MapRunFailed carried its counts hold the error alone.
          case EventDetails.ErrorDetails d -> new Failure(d.error(), d.cause());
          default -> throw new IllegalStateException("Expected MapRunFailed: " + event);
        };
    frame.lastEventId = event.id();
    frame.childLastEventId = event.id();
    boolean writes = StateFields.writesResults((MapState) frame.state);
    if (writes && !ErrorNames.ITEM_READER_FAILED.equals(frame.failure.error())) {
      // As on AWS, the results of a Map Run that failed are written before its Map state fails.
      awaitMapRunTask(state, frame, event);
    } else {
      // The Map state's retriers retry a failed Map Run; else the state fails (MapStateFailed).
      HistoryApplier.stateFailed(state, frame, frame.failure, event.id());
    }
  }

  private static void childrenSucceeded(ExecutionState state, HistoryEvent event) {
    Frame frame = state.frame(event.thread());
    state.tasks().remove(frame.token);
    frame.phase = Phase.ENTERED;
  }

  private static void childrenFailed(ExecutionState state, HistoryEvent event) {
    Frame frame = state.frame(event.thread());
    state.tasks().remove(frame.token);
    Failure failure = ((EventDetails.StateFailed) event.details()).failure();
    if (frame.phase == Phase.CHILDREN) {
      HistoryApplier.abortChildren(state, frame);
    }
    frame.failure = failure;
    frame.phase = Phase.FAILED;
    frame.lastEventId = event.id();
    HistoryApplier.settleFailure(state, frame, event.id());
  }
}
