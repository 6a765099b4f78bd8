package io.stepwise.service.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The published model of one AWS service, bundled in this package: its operations' output shapes,
 * compiled on first use.
 */
public final class ServiceShapes {

  /** The Step Functions API, 2016-11-23. */
  public static final ServiceShapes STEP_FUNCTIONS =
      new ServiceShapes("stepfunctions-2016-11-23-service-2.json");

  /** The Lambda API, 2015-03-31. */
  public static final ServiceShapes LAMBDA = new ServiceShapes("lambda-2015-03-31-service-2.json");

  private final String resource;
  private JsonNode model;
  private ShapeCompiler compiler;

  private ServiceShapes(String resource) {
    this.resource = resource;
  }

  /** The output shape of {@code operation} (named as the model names it), if it has one. */
  public synchronized Optional<Shape> output(String operation) {
    if (model == null) {
      model = read(resource);
      compiler = new ShapeCompiler(model.path("shapes"));
    }
    JsonNode output = model.path("operations").path(operation).path("output").path("shape");
    return output.isTextual() ? Optional.of(compiler.shape(output.asText())) : Optional.empty();
  }

  private static JsonNode read(String resource) {
    try (InputStream in = ServiceShapes.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Expected the service model " + resource + " on the path");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
