package io.stepwise.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The words that the recorder's JSONPath transformers wrote in place of values that change between
 * runs, and what kind of value each stood for. They occur only in cases flagged {@code
 * jsonpath_transformer_applied}, whose README asks for leniency there; the leniency is exactly
 * this: a marker matches a value of its kind, and nothing else.
 */
final class TransformerMarkers {
  private static final Map<String, Predicate<JsonNode>> KINDS =
      Map.of(
          "RandomNumberGenerated", JsonNode::isNumber,
          "start-time", TransformerMarkers::isTimestamp,
          "entered-time", TransformerMarkers::isTimestamp);

  private TransformerMarkers() {}

  /** The kind of value that {@code text} stood for, or {@code null} when it is no marker. */
  static Predicate<JsonNode> kindOf(String text) {
    return KINDS.get(text);
  }

  private static boolean isTimestamp(JsonNode value) {
    if (!value.isTextual()) {
      return false;
    }
    try {
      OffsetDateTime.parse(value.textValue());
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
