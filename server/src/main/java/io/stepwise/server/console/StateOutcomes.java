package io.stepwise.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.engine.history.HistoryEvent;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What happened to each state of an execution, folded from its history: its status ({@code
 * running}, {@code succeeded}, {@code failed}, {@code caught} or {@code cancelled}; a state absent
 * from the result was not reached), the input and output of its last visit, variables it assigned,
 * its last error, retries, timing and, for a Map, its iterations.
 *
 * <p>A failure belongs to the state that its thread of control is in. A state that has failed and
 * then exits was caught; a new attempt (a task scheduled again, a Parallel or Map started again)
 * after a failure is a retry. States still running when the execution fails fail with it, and those
 * running when it is aborted are cancelled.
 */
final class StateOutcomes {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, ObjectNode> states = new LinkedHashMap<>();
  private final Map<Integer, String> currentState = new HashMap<>();

  private StateOutcomes() {}

  /**
   * The outcomes by state name; {@code rendered} are the events in AWS's shape, in the same order.
   */
  static ObjectNode of(List<HistoryEvent> events, List<ObjectNode> rendered) {
    StateOutcomes outcomes = new StateOutcomes();
    for (int i = 0; i < events.size(); i++) {
      outcomes.apply(events.get(i), rendered.get(i));
    }
    ObjectNode body = NODES.objectNode();
    outcomes.states.forEach(body::set);
    return body;
  }

  private void apply(HistoryEvent event, ObjectNode rendered) {
    String type = event.type().awsName();
    JsonNode details =
        event.type().detailsMember() == null
            ? NODES.objectNode()
            : rendered.path(event.type().detailsMember());
    if (type.endsWith("StateEntered")) {
      entered(event, details);
    } else if (type.endsWith("StateExited")) {
      exited(event, details);
    } else if (type.startsWith("MapIteration")) {
      mapIteration(type, details);
    } else if (type.startsWith("Execution")) {
      executionEvent(type, details);
    } else {
      stateEvent(event, type, details);
    }
  }

  private void entered(HistoryEvent event, JsonNode details) {
    String name = details.path("name").asText();
    currentState.put(event.thread(), name);
    ObjectNode state = states.computeIfAbsent(name, n -> NODES.objectNode());
    state.put("status", "running").put("visits", state.path("visits").asInt() + 1);
    state.put("enteredAt", event.timestamp()).putNull("exitedAt");
    state.set("input", details.path("input"));
    state.remove(List.of("output", "failedAttempt"));
  }

  private void exited(HistoryEvent event, JsonNode details) {
    ObjectNode state = states.get(details.path("name").asText());
    if (state == null) {
      return;
    }
    state.put("status", state.has("failedAttempt") ? "caught" : "succeeded");
    state.put("exitedAt", event.timestamp());
    state.set("output", details.path("output"));
    if (details.has("assignedVariables")) {
      state.set("variables", details.get("assignedVariables"));
    }
  }

  private void stateEvent(HistoryEvent event, String type, JsonNode details) {
    ObjectNode state = states.get(currentState.get(event.thread()));
    if (state == null) {
      return;
    }
    if (details.has("error") || type.endsWith("Failed") || type.endsWith("TimedOut")) {
      state.put("error", details.path("error").asText(null));
      state.put("cause", details.path("cause").asText(null));
      state.put("failedAttempt", true);
    } else if (isNewAttempt(type) && state.has("failedAttempt")) {
      state.put("retries", state.path("retries").asInt() + 1);
      state.remove("failedAttempt");
    } else if (type.endsWith("StateAborted")) {
      state.put("status", "cancelled");
    } else if (type.equals("MapStateStarted")) {
      state.put("itemCount", details.path("length").asInt());
    }
  }

  private static boolean isNewAttempt(String type) {
    return type.endsWith("Scheduled")
        || type.equals("ParallelStateStarted")
        || type.equals("MapStateStarted");
  }

  private void mapIteration(String type, JsonNode details) {
    ObjectNode map = states.get(details.path("name").asText());
    if (map == null) {
      return;
    }
    String counter =
        switch (type) {
          case "MapIterationSucceeded" -> "iterationsSucceeded";
          case "MapIterationFailed" -> "iterationsFailed";
          case "MapIterationAborted" -> "iterationsAborted";
          default -> "iterationsStarted";
        };
    map.put(counter, map.path(counter).asInt() + 1);
  }

  private void executionEvent(String type, JsonNode details) {
    String ended =
        switch (type) {
          case "ExecutionFailed", "ExecutionTimedOut" -> "failed";
          case "ExecutionAborted" -> "cancelled";
          default -> null;
        };
    if (ended == null) {
      return;
    }
    for (ObjectNode state : states.values()) {
      if ("running".equals(state.path("status").asText())) {
        state.put("status", ended);
        if (!state.has("error") && "failed".equals(ended)) {
          state.put("error", details.path("error").asText(null));
          state.put("cause", details.path("cause").asText(null));
        }
      }
    }
  }
}
