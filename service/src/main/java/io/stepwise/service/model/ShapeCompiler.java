package io.stepwise.service.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.service.model.Shape.BlobShape;
import io.stepwise.service.model.Shape.BooleanShape;
import io.stepwise.service.model.Shape.ListShape;
import io.stepwise.service.model.Shape.MapShape;
import io.stepwise.service.model.Shape.Member;
import io.stepwise.service.model.Shape.NumberKind;
import io.stepwise.service.model.Shape.NumberShape;
import io.stepwise.service.model.Shape.StringShape;
import io.stepwise.service.model.Shape.StructureShape;
import io.stepwise.service.model.Shape.TimestampShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the model's shape definitions into {@link Shape} values, each compiled once (patterns
 * included) and shared by every member that refers to it. A structure may contain itself through
 * its members (DynamoDB's AttributeValue holds lists and maps of AttributeValues): the compiled
 * structure is then a member of itself.
 */
public final class ShapeCompiler {

  private final JsonNode definitions;
  private final Map<String, Shape> compiled = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();

  public ShapeCompiler(JsonNode definitions) {
    this.definitions = definitions;
  }

  /** The compiled shape {@code name} of the model. */
  public Shape shape(String name) {
    Shape known = compiled.get(name);
    if (known != null) {
      return known;
    }
    if (!inProgress.add(name)) {
      throw new IllegalStateException(
          "Expected a shape to contain itself only through a structure, but " + name + " recurs");
    }
    Shape shape = compile(name, definitions.path(name));
    inProgress.remove(name);
    compiled.put(name, shape);
    return shape;
  }

  private Shape compile(String name, JsonNode definition) {
    boolean sensitive = definition.path("sensitive").asBoolean(false);
    return switch (definition.path("type").asText()) {
      case "string" -> string(name, sensitive, definition);
      case "integer" -> number(name, sensitive, NumberKind.INTEGER, definition);
      case "long" -> number(name, sensitive, NumberKind.LONG, definition);
      case "float" -> number(name, sensitive, NumberKind.FLOAT, definition);
      case "double" -> number(name, sensitive, NumberKind.DOUBLE, definition);
      case "boolean" -> new BooleanShape(name, sensitive);
      case "timestamp" -> new TimestampShape(name, sensitive);
      case "blob" ->
          new BlobShape(name, sensitive, bound(definition, "min"), bound(definition, "max"));
      case "list" ->
          new ListShape(
              name,
              sensitive,
              member(definition.path("member")),
              bound(definition, "min"),
              bound(definition, "max"));
      case "map" ->
          new MapShape(
              name,
              sensitive,
              member(definition.path("key")),
              member(definition.path("value")),
              bound(definition, "min"),
              bound(definition, "max"));
      case "structure" -> structure(name, sensitive, definition);
      default ->
          throw new IllegalStateException(
              "Expected a known shape type for " + name + ", got " + definition.path("type"));
    };
  }

  private Shape member(JsonNode reference) {
    return shape(reference.path("shape").asText());
  }

  private StringShape string(String name, boolean sensitive, JsonNode definition) {
    List<String> enumValues = new ArrayList<>();
    definition.path("enum").forEach(value -> enumValues.add(value.asText()));
    Optional<Pattern> pattern =
        definition.has("pattern")
            ? Optional.of(Pattern.compile(definition.path("pattern").asText()))
            : Optional.empty();
    return new StringShape(
        name,
        sensitive,
        bound(definition, "min"),
        bound(definition, "max"),
        pattern,
        List.copyOf(enumValues),
        Set.copyOf(enumValues));
  }

  private static NumberShape number(
      String name, boolean sensitive, NumberKind kind, JsonNode definition) {
    return new NumberShape(
        name,
        sensitive,
        kind,
        definition.has("min") ? Optional.of(definition.path("min").asDouble()) : Optional.empty(),
        definition.has("max") ? Optional.of(definition.path("max").asDouble()) : Optional.empty());
  }

  /**
   * The structure is known under its name before its members are compiled, so that a member that
   * leads back to it gets the structure itself; its member list is complete once this returns.
   */
  private StructureShape structure(String name, boolean sensitive, JsonNode definition) {
    Set<String> required = new LinkedHashSet<>();
    definition.path("required").forEach(member -> required.add(member.asText()));
    List<Member> members = new ArrayList<>();
    StructureShape structure =
        new StructureShape(name, sensitive, Collections.unmodifiableList(members));
    compiled.put(name, structure);
    inProgress.remove(name);
    definition
        .path("members")
        .properties()
        .forEach(
            entry ->
                members.add(
                    new Member(
                        entry.getKey(),
                        member(entry.getValue()),
                        required.contains(entry.getKey()))));
    return structure;
  }

  private static Optional<Long> bound(JsonNode definition, String field) {
    return definition.has(field) ? Optional.of(definition.path(field).asLong()) : Optional.empty();
  }
}
