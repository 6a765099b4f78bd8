package io.stepwise.service.machines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.shape.StoredJson;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DescribeStateMachine's {@code variableReferences}: for each state, in any workflow of the
 * machine, the sorted names of the variables its fields read. A JSONPath state reads a variable
 * through a path field ({@code InputPath}, {@code ItemsPath}, a Choice rule's {@code Variable} or
 * {@code ...Path} operand, ...) or a {@code .$} template field, including intrinsic function
 * arguments; a JSONata state through its {@code {% %}} expressions. {@code ResultPath} only writes.
 */
final class VariableReferences {

  private static final Pattern VARIABLE = Pattern.compile("(?<![$\\w])\\$([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern ASSIGNED = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)\\s*:=");
  private static final Set<String> NESTED_WORKFLOWS =
      Set.of("ItemProcessor", "Iterator", "Branches");
  private static final String JSONATA_CONTEXT = "states";

  private VariableReferences() {}

  /** The references of a definition; empty when no state reads a variable, as AWS omits it. */
  static Optional<ObjectNode> of(String definition) {
    Map<String, SortedSet<String>> byState = new TreeMap<>();
    workflow(StoredJson.read(definition), byState);
    if (byState.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    byState.forEach((state, names) -> names.forEach(out.withArray(state)::add));
    return Optional.of(out);
  }

  private static void workflow(JsonNode workflow, Map<String, SortedSet<String>> byState) {
    for (Iterator<Map.Entry<String, JsonNode>> it = workflow.path("States").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> state = it.next();
      SortedSet<String> names = new TreeSet<>();
      fields(state.getValue(), names, byState);
      if (!names.isEmpty()) {
        byState.put(state.getKey(), names);
      }
    }
  }

  private static void fields(
      JsonNode node, SortedSet<String> names, Map<String, SortedSet<String>> byState) {
    if (node.isArray()) {
      node.forEach(element -> fields(element, names, byState));
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String key = field.getKey();
      JsonNode value = field.getValue();
      if (NESTED_WORKFLOWS.contains(key)) {
        nested(value, byState);
      } else if (value.isTextual()) {
        text(key, value.asText(), names);
      } else {
        fields(value, names, byState);
      }
    }
  }

  private static void nested(JsonNode value, Map<String, SortedSet<String>> byState) {
    if (value.isArray()) {
      value.forEach(branch -> workflow(branch, byState));
    } else {
      workflow(value, byState);
    }
  }

  private static void text(String key, String text, SortedSet<String> names) {
    boolean jsonata = text.startsWith("{%") && text.endsWith("%}");
    boolean path = key.endsWith("Path") && !key.equals("ResultPath") || key.equals("Variable");
    if (!jsonata && !path && !key.endsWith(".$")) {
      return;
    }
    Set<String> local = new TreeSet<>();
    if (jsonata) {
      Matcher assigned = ASSIGNED.matcher(text);
      while (assigned.find()) {
        local.add(assigned.group(1));
      }
    }
    Matcher variable = VARIABLE.matcher(text);
    while (variable.find()) {
      String name = variable.group(1);
      boolean call = jsonata && text.startsWith("(", variable.end());
      if (!call && !local.contains(name) && !name.equals(JSONATA_CONTEXT)) {
        names.add(name);
      }
    }
  }
}
