package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates a workflow (the state machine, a Parallel branch or a Map's item processor): its own
 * fields, each of its states, and its transitions. Nested workflows are validated recursively by
 * the Parallel and Map rules, with pointers into the whole definition.
 */
final class WorkflowRules {
  private WorkflowRules() {}

  static void check(JsonNode workflow, String pointer, WorkflowKind kind, ValidationContext ctx) {
    if (!workflow.isObject()) {
      ctx.schemaError(
          pointer, "A workflow must be a JSON object, but it is " + FieldKind.describe(workflow));
      return;
    }
    checkOwnFields(workflow, pointer, kind, ctx);
    JsonNode states = workflow.get("States");
    if (states == null || !states.isObject()) {
      return;
    }
    Map<String, StateNode> nodes = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      StateNode state =
          new StateNode(
              entry.getKey(),
              entry.getValue(),
              Diagnostics.child(Diagnostics.child(pointer, "States"), entry.getKey()),
              Languages.ofState(entry.getValue(), ctx.machineLanguage()));
      StateNameRules.check(state.name(), state.pointer(), ctx);
      if (state.node().isObject()) {
        StateRules.check(state, ctx);
      } else {
        ctx.schemaError(
            state.pointer(),
            "A state must be a JSON object, but it is " + FieldKind.describe(state.node()));
      }
      // Invalid states stay in the graph, so that transitions to them are not reported as well.
      nodes.put(state.name(), state);
    }
    TransitionRules.check(workflow.get("StartAt"), pointer, nodes, ctx);
  }

  private static void checkOwnFields(
      JsonNode workflow, String pointer, WorkflowKind kind, ValidationContext ctx) {
    List<String> missing = new ArrayList<>();
    for (String required : List.of("States", "StartAt")) {
      if (!workflow.has(required)) {
        missing.add(required);
      }
    }
    if (!missing.isEmpty()) {
      ctx.schemaError(pointer, "These fields are required: " + missing);
    }
    for (Iterator<String> names = workflow.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!kind.allows(name)) {
        ctx.schemaError(pointer, "The field '" + name + "' is not supported by Step Functions");
      }
    }
    expect(workflow, "States", FieldKind.OBJECT, pointer, ctx);
    expect(workflow, "StartAt", FieldKind.STRING, pointer, ctx);
    expect(workflow, "Comment", FieldKind.STRING, pointer, ctx);
  }

  /** Reports field {@code name} of {@code owner} when it is present but not of {@code kind}. */
  static void expect(
      JsonNode owner, String name, FieldKind kind, String ownerPointer, ValidationContext ctx) {
    JsonNode value = owner.get(name);
    if (value != null && !kind.accepts(value)) {
      ctx.schemaError(
          Diagnostics.child(ownerPointer, name),
          "The field '"
              + name
              + "' must be "
              + kind.description()
              + ", but it is "
              + FieldKind.describe(value));
    }
  }
}
