package io.stepwise.server.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.service.model.Shape.StructureShape;
import io.stepwise.service.model.ShapeCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * AWS's published definition of the Step Functions API (stepfunctions-2016-11-23), read once at
 * start-up: the operations, each with its compiled input shape.
 */
public final class ServiceModel {

  private static final String RESOURCE =
      "/io/stepwise/service/model/stepfunctions-2016-11-23-service-2.json";

  private final String targetPrefix;
  private final Map<String, Operation> operations;

  /** One operation of the model and the shape of its input. */
  public record Operation(String name, StructureShape input) {}

  private ServiceModel(String targetPrefix, Map<String, Operation> operations) {
    this.targetPrefix = targetPrefix;
    this.operations = Map.copyOf(operations);
  }

  /** The model bundled with the server. */
  public static ServiceModel load() {
    try (InputStream in = ServiceModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Expected the service model " + RESOURCE + " on the path");
      }
      return fromJson(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ServiceModel fromJson(JsonNode model) {
    ShapeCompiler compiler = new ShapeCompiler(model.path("shapes"));
    Map<String, Operation> operations = new LinkedHashMap<>();
    model
        .path("operations")
        .properties()
        .forEach(
            entry -> {
              String inputName = entry.getValue().path("input").path("shape").asText();
              StructureShape input = (StructureShape) compiler.shape(inputName);
              operations.put(entry.getKey(), new Operation(entry.getKey(), input));
            });
    return new ServiceModel(model.path("metadata").path("targetPrefix").asText(), operations);
  }

  /** The prefix of {@code X-Amz-Target} values, {@code AWSStepFunctions}. */
  public String targetPrefix() {
    return targetPrefix;
  }

  public Optional<Operation> operation(String name) {
    return Optional.ofNullable(operations.get(name));
  }

  public Set<String> operationNames() {
    return operations.keySet();
  }
}
