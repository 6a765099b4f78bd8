package io.stepwise.service.maprun;

import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.history.MapRunChildNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The child executions of one Map Run, folded from its execution's history and journal: Stepwise
 * runs them inside their parent execution (see docs/distributed-map.md), so they have no rows of
 * their own. A child execution starts with an ExecutionStarted event of the Map's thread and ends
 * with ExecutionSucceeded or ExecutionFailed on its own thread; one still running when its Map Run
 * fails or its parent execution ends was aborted with it. After a redrive, an item's latest child
 * execution stands for it.
 */
public final class MapRunChildren {
  private final String mapRunArn;
  private final Map<Integer, MapRunChild> byIndex = new TreeMap<>();
  private final Map<Integer, Integer> indexByThread = new HashMap<>();
  private int mapThread = -1;
  private int started;

  private MapRunChildren(String mapRunArn) {
    this.mapRunArn = mapRunArn;
  }

  /**
   * The child executions of {@code mapRunArn}, by item index, from the events of its execution (its
   * history with its journal, as a replay reads them); empty when no event starts that Map Run.
   */
  public static Optional<List<MapRunChild>> of(List<HistoryEvent> events, String mapRunArn) {
    MapRunChildren children = new MapRunChildren(mapRunArn);
    for (HistoryEvent event : events) {
      if (!children.read(event)) {
        break;
      }
    }
    if (children.mapThread < 0) {
      return Optional.empty();
    }
    return Optional.of(new ArrayList<>(children.byIndex.values()));
  }

  /** Reads one event; false once a later Map Run of the same Map state starts. */
  private boolean read(HistoryEvent event) {
    switch (event.details()) {
      case EventDetails.MapRunStarted started when started.mapRunArn().equals(mapRunArn) ->
          mapThread = event.thread();
      case EventDetails.MapRunRedriven redriven when redriven.mapRunArn().equals(mapRunArn) ->
          mapThread = event.thread();
      case EventDetails.MapRunStarted other when event.thread() == mapThread -> {
        return false;
      }
      default -> {
        if (mapThread >= 0) {
          follow(event);
        }
      }
    }
    return true;
  }

  private void follow(HistoryEvent event) {
    Integer index = indexByThread.get(event.thread());
    switch (event.details()) {
      case EventDetails.ChildExecutionStarted child when child.mapThread() == mapThread ->
          start(event, child);
      case EventDetails.ExecutionSucceeded succeeded when index != null ->
          end(index, event, "SUCCEEDED", succeeded, null);
      case EventDetails.ErrorDetails failed
          when index != null && event.type() == HistoryEventType.EXECUTION_FAILED ->
          end(index, event, "FAILED", null, failed);
      default -> {
        if (endsTheRun(event)) {
          List.copyOf(indexByThread.values())
              .forEach(running -> end(running, event, "ABORTED", null, null));
        }
      }
    }
  }

  private void start(HistoryEvent event, EventDetails.ChildExecutionStarted details) {
    int index = details.index();
    byIndex.put(
        index,
        new MapRunChild(
            MapRunChildNames.executionArn(mapRunArn, index),
            MapRunChildNames.name(mapRunArn, index),
            index,
            started++,
            MapRunChild.RUNNING,
            event.timestamp(),
            null,
            details.input(),
            null,
            null,
            null));
    indexByThread.put(event.thread(), index);
  }

  private void end(
      int index,
      HistoryEvent event,
      String status,
      EventDetails.ExecutionSucceeded succeeded,
      EventDetails.ErrorDetails failed) {
    byIndex.computeIfPresent(
        index,
        (i, child) ->
            child.ended(
                status,
                event.timestamp(),
                succeeded == null ? null : succeeded.output(),
                failed == null ? null : failed.error(),
                failed == null ? null : failed.cause()));
    indexByThread.values().remove(index);
  }

  /** Whether {@code event} ends the Map Run, or the execution, before its children ended. */
  private boolean endsTheRun(HistoryEvent event) {
    return switch (event.type()) {
      case MAP_RUN_FAILED -> event.thread() == mapThread;
      case EXECUTION_FAILED, EXECUTION_ABORTED, EXECUTION_TIMED_OUT -> event.thread() == 0;
      default -> false;
    };
  }
}
