package io.stepwise.server.console;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The child executions of one Map Run, folded from its execution's history and journal: Stepwise
 * runs them inside their parent execution (see docs/distributed-map.md), so they have no rows of
 * their own for ListExecutions to list. A child execution starts with an ExecutionStarted event of
 * the Map's thread and ends with ExecutionSucceeded or ExecutionFailed on its own thread; one still
 * running when its Map Run fails or its parent execution ends was aborted with it. After a redrive,
 * an item's latest child execution stands for it.
 */
final class MapRunChildren {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<Integer, ObjectNode> byIndex = new TreeMap<>();
  private final Map<Integer, ObjectNode> byThread = new HashMap<>();
  private int mapThread = -1;

  private MapRunChildren() {}

  /**
   * The child executions of {@code mapRunArn}, by item index, from the events of its execution;
   * empty when no event starts that Map Run.
   */
  static Optional<ArrayNode> of(List<HistoryEvent> events, String mapRunArn) {
    MapRunChildren children = new MapRunChildren();
    for (HistoryEvent event : events) {
      if (!children.read(event, mapRunArn)) {
        break;
      }
    }
    if (children.mapThread < 0) {
      return Optional.empty();
    }
    ArrayNode list = NODES.arrayNode();
    children.byIndex.values().forEach(list::add);
    return Optional.of(list);
  }

  /** Reads one event; false once a later Map Run of the same Map state starts. */
  private boolean read(HistoryEvent event, String mapRunArn) {
    if (event.details() instanceof EventDetails.MapRunStarted started) {
      if (started.mapRunArn().equals(mapRunArn)) {
        mapThread = event.thread();
      } else if (event.thread() == mapThread) {
        return false;
      }
    } else if (mapThread >= 0) {
      follow(event);
    }
    return true;
  }

  private void follow(HistoryEvent event) {
    ObjectNode child = byThread.get(event.thread());
    switch (event.details()) {
      case EventDetails.ChildExecutionStarted started when started.mapThread() == mapThread ->
          start(event, started);
      case EventDetails.ExecutionSucceeded succeeded when child != null ->
          end(child, event, "SUCCEEDED").put("output", succeeded.output().toString());
      case EventDetails.ErrorDetails failed
          when child != null && event.type() == HistoryEventType.EXECUTION_FAILED ->
          end(child, event, "FAILED").put("error", failed.error()).put("cause", failed.cause());
      default -> {
        if (endsTheRun(event)) {
          byThread.values().forEach(running -> end(running, event, "ABORTED"));
        }
      }
    }
  }

  private void start(HistoryEvent event, EventDetails.ChildExecutionStarted started) {
    ObjectNode child =
        NODES
            .objectNode()
            .put("index", started.index())
            .put("status", "RUNNING")
            .put("startDate", event.timestamp())
            .put("input", started.input().toString());
    byIndex.put(started.index(), child);
    byThread.put(event.thread(), child);
  }

  private ObjectNode end(ObjectNode child, HistoryEvent event, String status) {
    if (child.path("status").asText().equals("RUNNING")) {
      child.put("status", status).put("stopDate", event.timestamp());
    }
    return child;
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
