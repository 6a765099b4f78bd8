package io.stepwise.service.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The constraints AWS enforces that differ from its published models, kept in {@code
 * model-overrides.json} of this package: for a model (by its {@code uid}) and a shape, the fields
 * that replace the model's ({@code min}, {@code max}, ...), each with the {@code reason}, a fact of
 * AWS's documentation or recorded behaviour. A model is read through them, so that every check made
 * against it sees the constraint AWS applies.
 */
final class ModelOverrides {

  private static final String REASON = "reason";
  private static final JsonNode OVERRIDES = ServiceShapes.read("model-overrides.json");

  private ModelOverrides() {}

  /** {@code model} with the overrides of its uid applied to its shapes' definitions. */
  static JsonNode applied(JsonNode model) {
    JsonNode overrides = OVERRIDES.path(model.path("metadata").path("uid").asText());
    for (Map.Entry<String, JsonNode> shape : overrides.properties()) {
      JsonNode definition = model.path("shapes").path(shape.getKey());
      if (!definition.isObject()) {
        throw new IllegalStateException(
            "Expected the model to define "
                + shape.getKey()
                + ", which model-overrides.json names");
      }
      for (Map.Entry<String, JsonNode> field : shape.getValue().properties()) {
        if (!field.getKey().equals(REASON)) {
          ((ObjectNode) definition).set(field.getKey(), field.getValue());
        }
      }
    }
    return model;
  }
}
