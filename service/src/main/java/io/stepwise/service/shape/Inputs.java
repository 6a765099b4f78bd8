package io.stepwise.service.shape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads members of a request that the server has already validated against the service model, so
 * that every member present has the model's type; a JSON {@code null} counts as absent.
 */
public final class Inputs {

  private Inputs() {}

  public static Optional<String> text(ObjectNode input, String member) {
    JsonNode value = input.get(member);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }

  /** The text of a member the model requires. */
  public static String required(ObjectNode input, String member) {
    return input.path(member).asText();
  }

  public static Optional<JsonNode> member(ObjectNode input, String member) {
    JsonNode value = input.get(member);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  public static boolean flag(ObjectNode input, String member) {
    return input.path(member).asBoolean(false);
  }

  /** The {@code tags} list ({@code [{"key", "value"}]}) as a map; later keys win, as on AWS. */
  public static Map<String, String> tags(JsonNode tags) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (JsonNode tag : tags) {
      byKey.put(tag.path("key").asText(), tag.path("value").asText(""));
    }
    return byKey;
  }
}
