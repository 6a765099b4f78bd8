package io.stepwise.asl.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.diagnostic.Diagnostics;
import io.stepwise.asl.model.State;
import io.stepwise.asl.model.Workflow;
import io.stepwise.asl.validate.Languages;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a workflow (state machine, Parallel branch or Map item processor) from its JSON. */
final class WorkflowParser {
  private WorkflowParser() {}

  /** The workflow at {@code pointer}, or {@code null} when it is not a JSON object. */
  static Workflow parse(JsonNode workflow, String pointer, ParseContext ctx) {
    if (workflow == null || !workflow.isObject()) {
      return null;
    }
    JsonNode startAt = workflow.get("StartAt");
    JsonNode states = workflow.get("States");
    Map<String, State> parsed = new LinkedHashMap<>();
    if (states != null && states.isObject()) {
      String statesPointer = Diagnostics.child(pointer, "States");
      for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        State state = parseState(entry.getKey(), entry.getValue(), statesPointer, ctx);
        if (state != null) {
          parsed.put(entry.getKey(), state);
        }
      }
    }
    String start = startAt != null && startAt.isTextual() ? startAt.textValue() : null;
    return new Workflow(start, Collections.unmodifiableMap(parsed));
  }

  private static State parseState(
      String name, JsonNode node, String statesPointer, ParseContext ctx) {
    if (!node.isObject()) {
      return null;
    }
    FieldReader fields =
        new FieldReader(
            node,
            Diagnostics.child(statesPointer, name),
            Languages.ofState(node, ctx.machineLanguage()),
            ctx.diagnostics());
    String type = fields.text("Type");
    return type == null ? null : StateParser.parse(type, name, fields, ctx);
  }
}
