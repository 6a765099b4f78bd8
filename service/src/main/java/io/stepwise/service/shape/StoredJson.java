package io.stepwise.service.shape;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** JSON members that the store keeps as text (configurations), as trees again for the output. */
public final class StoredJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private StoredJson() {}

  public static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Expected the store to keep the JSON it was given", e);
    }
  }

  public static String write(JsonNode json) {
    return json.toString();
  }

  /** An {@code encryptionConfiguration}; without one, AWS reports its own key. */
  public static JsonNode encryption(String stored) {
    return stored == null
        ? JsonNodeFactory.instance.objectNode().put("type", "AWS_OWNED_KEY")
        : read(stored);
  }
}
