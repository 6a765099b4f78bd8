package io.stepwise.service.maprun;

import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.MapRunSettings;
import io.stepwise.store.ExecutionRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Map Runs of an execution from its history, the only record of them: MapRunStarted
 * carries a run's settings and number of child executions, MapRunSucceeded or MapRunFailed its end
 * and how its children stood, MapRunUpdated (from the journal) the settings UpdateMapRun gave it,
 * and a run that was open when its execution ended was aborted with it. The history keeps no event
 * of a child execution (its journal does), so a run that is still open shows its children as
 * pending here; {@link MapRunCounts} counts them from the journal's events.
 */
final class MapRunHistory {
  private final ExecutionRecord execution;
  private final List<MapRunRecord> runs = new ArrayList<>();
  private final Map<Integer, Integer> itemsByThread = new HashMap<>();
  private final Map<Integer, Integer> openByThread = new HashMap<>();

  private MapRunHistory(ExecutionRecord execution) {
    this.execution = execution;
  }

  /** The execution's Map Runs, oldest first. */
  static List<MapRunRecord> of(ExecutionRecord execution, List<HistoryEvent> history) {
    MapRunHistory reader = new MapRunHistory(execution);
    history.forEach(reader::read);
    return reader.runs;
  }

  private void read(HistoryEvent event) {
    switch (event.type()) {
      case MAP_STATE_STARTED ->
          itemsByThread.put(
              event.thread(), ((EventDetails.MapStateStarted) event.details()).length());
      case MAP_RUN_STARTED -> started(event, (EventDetails.MapRunStarted) event.details());
      case MAP_RUN_UPDATED ->
          settle(event.thread(), ((EventDetails.MapRunUpdated) event.details()).settings());
      case MAP_RUN_REDRIVEN -> redriven(event, (EventDetails.MapRunRedriven) event.details());
      case MAP_RUN_SUCCEEDED -> succeeded(event);
      case MAP_RUN_FAILED -> failed(event);
      case EXECUTION_FAILED, EXECUTION_ABORTED, EXECUTION_TIMED_OUT -> abortOpen(event);
      default -> {}
    }
  }

  private void started(HistoryEvent event, EventDetails.MapRunStarted details) {
    int executions = details.executions();
    openByThread.put(event.thread(), runs.size());
    runs.add(
        new MapRunRecord(
            details.mapRunArn(),
            execution.arn(),
            childMachineArn(details.mapRunArn()),
            "RUNNING",
            event.timestamp(),
            null,
            details.settings(),
            itemsByThread.getOrDefault(event.thread(), executions),
            executions,
            new MapRunRecord.Counts(executions, 0, 0, 0, 0),
            0,
            null));
  }

  /** A redrive runs the run again: it is open, and counts one more redrive. */
  private void redriven(HistoryEvent event, EventDetails.MapRunRedriven details) {
    for (int index = runs.size() - 1; index >= 0; index--) {
      if (runs.get(index).mapRunArn().equals(details.mapRunArn())) {
        runs.set(index, runs.get(index).redriven(event.timestamp()));
        openByThread.put(event.thread(), index);
        return;
      }
    }
  }

  private void succeeded(HistoryEvent event) {
    if (event.details() instanceof EventDetails.MapRunSucceeded succeeded) {
      settle(event.thread(), succeeded.settings());
    }
    end(event.thread(), event.timestamp(), "SUCCEEDED", Integer.MAX_VALUE, 0, 0);
  }

  /** A run that failed; histories stored before MapRunFailed carried counts show none. */
  private void failed(HistoryEvent event) {
    if (event.details() instanceof EventDetails.MapRunFailed failed) {
      settle(event.thread(), failed.settings());
      end(
          event.thread(),
          event.timestamp(),
          "FAILED",
          failed.succeeded(),
          failed.failed(),
          failed.aborted());
    } else {
      end(event.thread(), event.timestamp(), "FAILED", 0, 0, 0);
    }
  }

  /** Records the settings that the open run of {@code thread} ended with. */
  private void settle(int thread, MapRunSettings settings) {
    Integer index = openByThread.get(thread);
    if (index != null) {
      runs.set(index, runs.get(index).with(settings));
    }
  }

  /**
   * Ends the open run of the event's thread with the counts of its child executions ({@link
   * Integer#MAX_VALUE} succeeded: all of them); those it had not started stay pending.
   */
  private void end(int thread, long time, String status, int succeeded, int failed, int aborted) {
    Integer index = openByThread.remove(thread);
    if (index == null) {
      return;
    }
    MapRunRecord run = runs.get(index);
    int done = Math.min(succeeded, run.executions());
    int pending = run.executions() - done - failed - aborted;
    var counts = new MapRunRecord.Counts(pending, 0, done, failed, aborted);
    runs.set(index, run.with(status, time, counts));
  }

  /** An execution that ends aborts its open runs; what their children had done is not recorded. */
  private void abortOpen(HistoryEvent event) {
    for (int thread : List.copyOf(openByThread.keySet())) {
      MapRunRecord run = runs.get(openByThread.get(thread));
      end(thread, event.timestamp(), "ABORTED", 0, 0, run.executions());
    }
  }

  /**
   * The ARN of the state machine that a Map Run's child executions run: the parent's, with the Map
   * state's label, as {@code arn:...:stateMachine:<machine>/<label>}.
   */
  private static String childMachineArn(String mapRunArn) {
    int mapRun = mapRunArn.indexOf(":mapRun:");
    String rest = mapRunArn.substring(mapRun + ":mapRun:".length());
    return mapRunArn.substring(0, mapRun)
        + ":stateMachine:"
        + rest.substring(0, rest.lastIndexOf(':'));
  }
}
