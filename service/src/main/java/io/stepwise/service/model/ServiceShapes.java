package io.stepwise.service.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The published model of one AWS service, bundled in this package: its operations' output shapes,
 * compiled on first use, with the constraints of {@link ModelOverrides} applied. Step Functions and
 * Lambda come whole; the services that Step Functions users call most come as output models (the
 * {@code outputs} folder, whose README says where they come from).
 */
public final class ServiceShapes {

  /** The Step Functions API, 2016-11-23. */
  public static final ServiceShapes STEP_FUNCTIONS =
      new ServiceShapes("stepfunctions-2016-11-23-service-2.json", "sfn", "states");

  /** The Lambda API, 2015-03-31. */
  public static final ServiceShapes LAMBDA =
      new ServiceShapes("lambda-2015-03-31-service-2.json", "lambda", "lambda");

  private static final List<ServiceShapes> BUNDLED =
      List.of(
          STEP_FUNCTIONS,
          LAMBDA,
          outputs("athena-2017-05-18", "athena", "athena"),
          outputs("batch-2016-08-10", "batch", "batch"),
          outputs("codebuild-2016-10-06", "codebuild", "codebuild"),
          outputs("dynamodb-2012-08-10", "dynamodb", "dynamodb"),
          outputs("ecs-2014-11-13", "ecs", "ecs"),
          outputs("events-2015-10-07", "eventbridge", "events"),
          outputs("glue-2017-03-31", "glue", "glue"),
          outputs("kms-2014-11-01", "kms", "kms"),
          outputs("logs-2014-03-28", "cloudwatchlogs", "logs"),
          outputs("s3-2006-03-01", "s3", "s3"),
          outputs("secretsmanager-2017-10-17", "secretsmanager", "secretsmanager"),
          outputs("sns-2010-03-31", "sns", "sns"),
          outputs("sqs-2012-11-05", "sqs", "sqs"),
          outputs("ssm-2014-11-06", "ssm", "ssm"));

  private final String resource;
  private final String sdkName;
  private final String endpointPrefix;
  private JsonNode model;
  private ShapeCompiler compiler;

  private ServiceShapes(String resource, String sdkName, String endpointPrefix) {
    this.resource = resource;
    this.sdkName = sdkName;
    this.endpointPrefix = endpointPrefix;
  }

  private static ServiceShapes outputs(String model, String sdkName, String endpointPrefix) {
    return new ServiceShapes("outputs/" + model + ".json", sdkName, endpointPrefix);
  }

  /**
   * The bundled model of the service that {@code arn:aws:states:::aws-sdk:<name>:<action>} calls:
   * its SDK name, the service id in lower case without spaces ({@code eventbridge}, {@code sfn}).
   */
  public static Optional<ServiceShapes> bySdkName(String name) {
    return BUNDLED.stream().filter(shapes -> shapes.sdkName.equals(name)).findFirst();
  }

  /**
   * The bundled model of the service that an optimized integration {@code
   * arn:aws:states:::<prefix>:<action>} calls: its endpoint prefix ({@code events}, {@code
   * states}).
   */
  public static Optional<ServiceShapes> byEndpointPrefix(String prefix) {
    return BUNDLED.stream().filter(shapes -> shapes.endpointPrefix.equals(prefix)).findFirst();
  }

  /** Every bundled model. */
  static List<ServiceShapes> bundled() {
    return BUNDLED;
  }

  String sdkName() {
    return sdkName;
  }

  String endpointPrefix() {
    return endpointPrefix;
  }

  /** The model's {@code metadata}. */
  synchronized JsonNode metadata() {
    return model().path("metadata");
  }

  /** The output shape of {@code operation} (named as the model names it), if it has one. */
  public synchronized Optional<Shape> output(String operation) {
    JsonNode output = model().path("operations").path(operation).path("output").path("shape");
    return output.isTextual() ? Optional.of(compiler.shape(output.asText())) : Optional.empty();
  }

  private JsonNode model() {
    if (model == null) {
      model = ModelOverrides.applied(read(resource));
      compiler = new ShapeCompiler(model.path("shapes"));
    }
    return model;
  }

  /** The JSON resource {@code resource} of this package. */
  static JsonNode read(String resource) {
    try (InputStream in = ServiceShapes.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Expected the resource " + resource + " on the path");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
