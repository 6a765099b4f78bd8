package io.stepwise.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One execution of the corpus recorded against AWS, as described in {@code
 * shared/conformance/README.md}.
 *
 * @param id the file name without {@code .json}, which names the case in known-failures.txt
 * @param input the execution input exactly as it was sent, as JSON text
 * @param expectedHistoryTypes the recorded history event types, or {@code null} when the case
 *     recorded no history
 * @param expectedHistoryIds the recorded event ids, one per type; 0 for an event whose id the
 *     recorder erased when it re-sorted Parallel branch events
 */
record RecordedCase(
    String id,
    String featureArea,
    String stateMachineType,
    String executionApi,
    JsonNode definition,
    String input,
    Expected expected,
    List<String> expectedHistoryTypes,
    List<Long> expectedHistoryIds,
    List<String> placeholders,
    List<String> flags) {

  /**
   * What AWS answered.
   *
   * @param status {@code SUCCEEDED}, {@code FAILED}, {@code TIMED_OUT}, {@code ABORTED}, or {@code
   *     UNKNOWN:<last event type>} for a history recorded while the execution still ran
   * @param output the output when the execution succeeded, else {@code null}
   * @param error the error when it failed, or {@code null}
   * @param cause the cause when it failed, or {@code null}
   */
  record Expected(String status, JsonNode output, String error, String cause) {}

  private static final String NON_TERMINAL_PREFIX = "UNKNOWN:";

  static RecordedCase read(Path file, ObjectMapper json) {
    try {
      JsonNode root = json.readTree(file.toFile());
      String name = file.getFileName().toString();
      return fromJson(name.substring(0, name.length() - ".json".length()), root);
    } catch (IOException e) {
      throw new UncheckedIOException("Expected a readable corpus case at " + file, e);
    }
  }

  static RecordedCase fromJson(String id, JsonNode root) {
    JsonNode expected = root.path("expected");
    return new RecordedCase(
        id,
        root.path("feature_area").asText(),
        root.path("state_machine_type").asText(),
        root.path("execution_api").asText(),
        root.path("definition"),
        root.path("input").asText(),
        new Expected(
            expected.path("status").asText(),
            expected.get("output"),
            textOrNull(expected.get("error")),
            textOrNull(expected.get("cause"))),
        expected.has("history_event_types") ? strings(expected.get("history_event_types")) : null,
        ids(root.path("history_events")),
        strings(root.path("placeholders")),
        strings(root.path("flags")));
  }

  /**
   * Whether AWS's history was recorded while the execution was still running. The corpus's README
   * calls that status RUNNING; its files write {@code UNKNOWN:} and the last event's type.
   */
  boolean nonTerminal() {
    return expected.status().startsWith(NON_TERMINAL_PREFIX) || "RUNNING".equals(expected.status());
  }

  boolean flagged() {
    return !flags.isEmpty();
  }

  /** Whether the recorder's JSONPath transformers replaced some values by marker words. */
  boolean transformed() {
    return flags.stream().anyMatch(flag -> flag.startsWith("jsonpath_transformer_applied"));
  }

  /** Whether the recorder re-ordered the events of Parallel branches. */
  boolean parallelResorted() {
    return flags.stream().anyMatch(flag -> flag.startsWith("parallel_branch_events_sorted"));
  }

  /** The ids of the recorded events; the recorder wrote an erased id as {@code [0]}. */
  private static List<Long> ids(JsonNode events) {
    List<Long> ids = new ArrayList<>(events.size());
    events.forEach(event -> ids.add(event.path("id").asLong(0)));
    return List.copyOf(ids);
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>(array.size());
    array.forEach(element -> values.add(element.asText()));
    return List.copyOf(values);
  }
}
