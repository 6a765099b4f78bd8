package io.stepwise.service.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Writes the output models bundled under {@code io/stepwise/service/model/outputs}: AWS's published
 * model of a service, as botocore ships it ({@code data/<service>/<version>/service-2.json.gz}),
 * cut down to what checking a result needs. It keeps each operation's output shape and the shapes
 * reachable from the outputs, with their type, required members, enum values, bounds and the shapes
 * of their members, and drops documentation, inputs, errors, patterns and wire details.
 *
 * <p>Usage: {@code OutputModelTrimmer <botocore data directory> <output directory> <service>...},
 * each service named as botocore names its directory ({@code kms}, {@code events}); the newest
 * version of each is taken. The outputs folder's README gives the command.
 */
final class OutputModelTrimmer {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> METADATA =
      List.of("apiVersion", "endpointPrefix", "serviceId", "uid");
  private static final List<String> CONSTRAINTS = List.of("type", "required", "enum", "min", "max");
  private static final List<String> REFERENCES = List.of("member", "key", "value");

  private final JsonNode shapes;
  private final Map<String, JsonNode> kept = new TreeMap<>();

  private OutputModelTrimmer(JsonNode shapes) {
    this.shapes = shapes;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      throw new IllegalArgumentException(
          "Expected <botocore data directory> <output directory> <service>..., got "
              + List.of(args));
    }
    Path data = Path.of(args[0]);
    Path output = Path.of(args[1]);
    Files.createDirectories(output);
    for (String service : List.of(args).subList(2, args.length)) {
      Path version = newestVersion(data.resolve(service));
      JsonNode model = read(version.resolve("service-2.json.gz"));
      Path target = output.resolve(service + "-" + version.getFileName() + ".json");
      Files.writeString(target, text(trimmed(model)), StandardCharsets.UTF_8);
      System.out.println("wrote " + target);
    }
  }

  /** {@code model} with its operations' outputs and the shapes they reach, nothing else. */
  static ObjectNode trimmed(JsonNode model) {
    OutputModelTrimmer trimmer = new OutputModelTrimmer(model.path("shapes"));
    ObjectNode result = JSON.createObjectNode();
    ObjectNode metadata = result.putObject("metadata");
    METADATA.forEach(field -> copy(model.path("metadata"), metadata, field));
    Map<String, JsonNode> operations = new TreeMap<>();
    model
        .path("operations")
        .properties()
        .forEach(
            operation -> {
              JsonNode output = operation.getValue().path("output").path("shape");
              if (output.isTextual()) {
                trimmer.keep(output.asText());
                operations.put(
                    operation.getKey(),
                    JSON.createObjectNode().set("output", reference(output.asText())));
              }
            });
    result.putObject("operations").setAll(operations);
    result.putObject("shapes").setAll(trimmer.kept);
    return result;
  }

  private void keep(String name) {
    if (kept.containsKey(name)) {
      return;
    }
    JsonNode definition = shapes.path(name);
    if (definition.isMissingNode()) {
      throw new IllegalArgumentException("Expected the model to define shape " + name);
    }
    ObjectNode trimmed = JSON.createObjectNode();
    kept.put(name, trimmed);
    CONSTRAINTS.forEach(field -> copy(definition, trimmed, field));
    for (String field : REFERENCES) {
      JsonNode reference = definition.path(field).path("shape");
      if (reference.isTextual()) {
        trimmed.set(field, reference(reference.asText()));
        keep(reference.asText());
      }
    }
    if (definition.has("members")) {
      ObjectNode members = trimmed.putObject("members");
      definition
          .path("members")
          .properties()
          .forEach(
              member -> {
                String shape = member.getValue().path("shape").asText();
                members.set(member.getKey(), reference(shape));
                keep(shape);
              });
    }
  }

  private static ObjectNode reference(String shape) {
    return JSON.createObjectNode().put("shape", shape);
  }

  private static void copy(JsonNode from, ObjectNode to, String field) {
    if (from.has(field)) {
      to.set(field, from.get(field));
    }
  }

  /**
   * The model as JSON text with one operation or shape a line, so that a regenerated model shows in
   * a diff as the shapes that changed.
   */
  static String text(ObjectNode model) throws IOException {
    StringBuilder text = new StringBuilder("{\"metadata\":");
    text.append(JSON.writeValueAsString(model.path("metadata")));
    for (String section : List.of("operations", "shapes")) {
      text.append(",\n\"").append(section).append("\":{");
      String separator = "\n";
      for (Map.Entry<String, JsonNode> entry : model.path(section).properties()) {
        text.append(separator)
            .append(JSON.writeValueAsString(entry.getKey()))
            .append(':')
            .append(JSON.writeValueAsString(entry.getValue()));
        separator = ",\n";
      }
      text.append("\n}");
    }
    return text.append("}\n").toString();
  }

  private static Path newestVersion(Path service) throws IOException {
    try (Stream<Path> versions = Files.list(service)) {
      return versions
          .filter(Files::isDirectory)
          .max(Path::compareTo)
          .orElseThrow(() -> new IllegalArgumentException("Expected versions under " + service));
    }
  }

  private static JsonNode read(Path gzipped) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gzipped))) {
      return JSON.readTree(in);
    }
  }
}
