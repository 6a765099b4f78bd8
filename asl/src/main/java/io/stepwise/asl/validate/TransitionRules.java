package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.diagnostic.Diagnostics;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a workflow's transitions: every state that moves on says where (Next or End), every
 * target exists, every state is reachable from StartAt, and some state ends the workflow.
 */
final class TransitionRules {
  private static final Set<String> FLOWING = Set.of("Pass", "Task", "Wait", "Parallel", "Map");
  private static final Set<String> TERMINAL = Set.of("Succeed", "Fail");

  private TransitionRules() {}

  /** One edge of the workflow's graph, with where it is written. */
  private record Edge(String target, String pointer, String field) {}

  static void check(
      JsonNode startAt,
      String workflowPointer,
      Map<String, StateNode> states,
      ValidationContext ctx) {
    boolean terminal = false;
    Map<String, List<Edge>> graph = new LinkedHashMap<>();
    for (StateNode state : states.values()) {
      terminal |= checkNextOrEnd(state, ctx);
      List<Edge> edges = edges(state);
      for (Edge edge : edges) {
        if (!states.containsKey(edge.target())) {
          ctx.add(
              DiagnosticCodes.MISSING_TRANSITION_TARGET,
              edge.pointer(),
              "Missing '" + edge.field() + "' target: " + edge.target());
        }
      }
      graph.put(state.name(), edges);
    }
    if (!terminal && !states.isEmpty()) {
      ctx.add(
          DiagnosticCodes.MISSING_END_STATE,
          workflowPointer,
          "The workflow has no terminal state: no state has \"End\": true or is a Succeed or"
              + " Fail state");
    }
    if (startAt != null && startAt.isTextual()) {
      checkStartAt(startAt.textValue(), workflowPointer, states, graph, ctx);
    }
  }

  private static void checkStartAt(
      String start,
      String workflowPointer,
      Map<String, StateNode> states,
      Map<String, List<Edge>> graph,
      ValidationContext ctx) {
    if (!states.containsKey(start)) {
      ctx.add(
          DiagnosticCodes.MISSING_TRANSITION_TARGET,
          Diagnostics.child(workflowPointer, "StartAt"),
          "Missing 'StartAt' target: " + start);
      return;
    }
    Set<String> reached = reachable(start, graph);
    for (StateNode state : states.values()) {
      if (!reached.contains(state.name())) {
        ctx.add(
            DiagnosticCodes.UNREACHABLE_STATE,
            state.pointer(),
            "State '" + state.name() + "' is not reachable from 'StartAt'");
      }
    }
  }

  private static Set<String> reachable(String start, Map<String, List<Edge>> graph) {
    Set<String> reached = new LinkedHashSet<>();
    Deque<String> pending = new ArrayDeque<>(List.of(start));
    while (!pending.isEmpty()) {
      String name = pending.pop();
      if (reached.add(name)) {
        for (Edge edge : graph.getOrDefault(name, List.of())) {
          pending.push(edge.target());
        }
      }
    }
    return reached;
  }

  /**
   * Checks Next/End; returns whether the state ends its workflow, or may: a state of unknown type
   * (already reported) counts as ending it, so that one mistake does not cause a second report.
   */
  private static boolean checkNextOrEnd(StateNode state, ValidationContext ctx) {
    String type = state.type();
    if (TERMINAL.contains(type) || !StateFields.TYPES.contains(type)) {
      return true;
    }
    if (!FLOWING.contains(type)) {
      return false;
    }
    boolean end = state.has("End") && state.field("End").asBoolean(false);
    boolean next = state.has("Next");
    if (end && next) {
      ctx.schemaError(state.pointer(), "Only one of the fields 'Next' and 'End' may be given");
    } else if (!end && !next) {
      ctx.schemaError(
          state.pointer(), "The state must have a 'Next' field or an 'End' field set to true");
    }
    return end;
  }

  private static List<Edge> edges(StateNode state) {
    List<Edge> edges = new ArrayList<>();
    addEdge(edges, state.field("Next"), state.pointer("Next"), "Next");
    addEdge(edges, state.field("Default"), state.pointer("Default"), "Default");
    addElementEdges(edges, state, "Choices");
    addElementEdges(edges, state, "Catch");
    return edges;
  }

  private static void addElementEdges(List<Edge> edges, StateNode state, String field) {
    JsonNode list = state.field(field);
    if (list == null || !list.isArray()) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      String pointer = Diagnostics.child(Diagnostics.child(state.pointer(field), i), "Next");
      addEdge(edges, list.get(i).get("Next"), pointer, "Next");
    }
  }

  private static void addEdge(List<Edge> edges, JsonNode target, String pointer, String field) {
    if (target != null && target.isTextual()) {
      edges.add(new Edge(target.textValue(), pointer, field));
    }
  }
}
