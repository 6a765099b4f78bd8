package io.stepwise.server.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.service.model.Shape;
import io.stepwise.service.model.Shape.ListShape;
import io.stepwise.service.model.Shape.MapShape;
import io.stepwise.service.model.Shape.Member;
import io.stepwise.service.model.Shape.StructureShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How AWS prints request values in validation and serialization messages: scalars as their text,
 * lists as {@code [a, b]}, structures as {@code ShapeName(member=value, ...)} (as recorded for
 * {@code routingConfiguration}), maps as {@code {key=value}}.
 */
final class ValueText {

  private ValueText() {}

  static String render(Shape shape, JsonNode value) {
    return switch (shape) {
      case ListShape list when value.isArray() -> list(list, value);
      case StructureShape structure when value.isObject() -> structure(structure, value);
      case MapShape map when value.isObject() -> map(map, value);
      default -> value.isValueNode() ? value.asText() : value.toString();
    };
  }

  /** A model bound as AWS prints it: whole numbers without a fraction. */
  static String bound(double bound) {
    return bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound);
  }

  /** The name AWS gives a JSON scalar's type in serialization messages. */
  static String token(JsonNode value) {
    return switch (value.getNodeType()) {
      case STRING -> "STRING_VALUE";
      case NUMBER -> "NUMBER_VALUE";
      case BOOLEAN -> value.booleanValue() ? "TRUE_VALUE" : "FALSE_VALUE";
      default -> value.getNodeType().name();
    };
  }

  private static String list(ListShape shape, JsonNode value) {
    List<String> items = new ArrayList<>();
    value.forEach(item -> items.add(render(shape.member(), item)));
    return "[" + String.join(", ", items) + "]";
  }

  private static String structure(StructureShape shape, JsonNode value) {
    List<String> members = new ArrayList<>();
    for (Member member : shape.members()) {
      JsonNode child = value.get(member.name());
      if (child != null && !child.isNull()) {
        members.add(member.name() + "=" + render(member.shape(), child));
      }
    }
    return shape.name() + "(" + String.join(", ", members) + ")";
  }

  private static String map(MapShape shape, JsonNode value) {
    List<String> entries = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      entries.add(entry.getKey() + "=" + render(shape.value(), entry.getValue()));
    }
    return "{" + String.join(", ", entries) + "}";
  }
}
