package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.time.Timestamps;
import java.util.ArrayList;
import java.util.List;

/** A Wait state names exactly one of its four durations, and a literal Timestamp is RFC 3339. */
final class WaitRules {
  private static final List<String> DURATIONS =
      List.of("Seconds", "Timestamp", "SecondsPath", "TimestampPath");

  private WaitRules() {}

  static void check(StateNode state, ValidationContext ctx) {
    List<String> given = new ArrayList<>();
    for (String name : DURATIONS) {
      if (state.has(name)) {
        given.add(name);
      }
    }
    if (given.size() != 1) {
      ctx.schemaError(
          state.pointer(),
          "A Wait state must have exactly one of the fields "
              + DURATIONS
              + ", but it has "
              + given);
    }
    JsonNode timestamp = state.field("Timestamp");
    if (timestamp != null
        && timestamp.isTextual()
        && !state.isExpression("Timestamp")
        && !Timestamps.isRfc3339(timestamp.textValue())) {
      ctx.schemaError(state.pointer("Timestamp"), "String does not match RFC3339 timestamp");
    }
  }
}
