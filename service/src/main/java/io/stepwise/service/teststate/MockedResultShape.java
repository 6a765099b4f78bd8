package io.stepwise.service.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.service.api.ApiError;
import io.stepwise.service.model.ServiceShapes;
import io.stepwise.service.model.Shape;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a mocked task result against the output shape of the API call it stands for, as AWS does
 * with {@code mock.fieldValidationMode}: STRICT (the default) wants every required field and every
 * present field of its type and range, PRESENT only the present fields, NONE nothing. A task shows
 * a service's result with member names that begin with a capital letter ({@code ExecutionArn} for
 * the model's {@code executionArn}); fields the shape does not know are let through. Only the
 * services whose models Stepwise bundles (Lambda, Step Functions) are checked.
 */
final class MockedResultShape {

  private static final String LAMBDA_SDK = "arn:aws:states:::aws-sdk:lambda:";

  private final boolean strict;

  private MockedResultShape(boolean strict) {
    this.strict = strict;
  }

  /** The problem AWS finds in {@code result}, the mock of a task of {@code resource}, if any. */
  static Optional<ApiError> problem(String resource, JsonNode result, String mode) {
    if (mode.equals("NONE")) {
      return Optional.empty();
    }
    return output(resource)
        .flatMap(shape -> new MockedResultShape(!mode.equals("PRESENT")).check(shape, result, ""))
        .map(why -> ApiError.validation("Mock result schema validation error: " + why));
  }

  /** The output shape of the call a task of {@code resource} makes, when Stepwise has its model. */
  private static Optional<Shape> output(String resource) {
    String call = resource.replaceFirst("\\.(waitForTaskToken|sync(:\\d+)?)$", "");
    return switch (call) {
      case "arn:aws:states:::lambda:invoke" -> ServiceShapes.LAMBDA.output("Invoke");
      case "arn:aws:states:::states:startExecution" ->
          ServiceShapes.STEP_FUNCTIONS.output("StartExecution");
      default ->
          call.startsWith(LAMBDA_SDK)
              ? ServiceShapes.LAMBDA.output(capitalized(call.substring(LAMBDA_SDK.length())))
              : Optional.empty();
    };
  }

  private Optional<String> check(Shape shape, JsonNode value, String field) {
    return switch (shape) {
      case Shape.StructureShape structure ->
          value.isObject() ? structure(structure, value) : wrongType(field, "an object");
      case Shape.ListShape list -> value.isArray() ? list(list, value) : wrongType(field, "a list");
      case Shape.MapShape map -> value.isObject() ? map(map, value) : wrongType(field, "an object");
      case Shape.StringShape string -> value.isTextual() ? none() : wrongType(field, "a string");
      case Shape.TimestampShape timestamp ->
          value.isTextual() ? none() : wrongType(field, "a string");
      case Shape.BooleanShape bool -> value.isBoolean() ? none() : wrongType(field, "a boolean");
      case Shape.NumberShape number -> number(number, value, field);
      case Shape.BlobShape blob -> none();
    };
  }

  private Optional<String> structure(Shape.StructureShape structure, JsonNode value) {
    for (Shape.Member member : structure.members()) {
      String name = capitalized(member.name());
      JsonNode field = value.get(name);
      if (field == null || field.isNull()) {
        if (strict && member.required()) {
          return Optional.of("Required field '" + name + "' is missing");
        }
        continue;
      }
      Optional<String> problem = check(member.shape(), field, name);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return none();
  }

  private Optional<String> list(Shape.ListShape list, JsonNode value) {
    for (JsonNode item : value) {
      Optional<String> problem = check(list.member(), item, list.name());
      if (problem.isPresent()) {
        return problem;
      }
    }
    return none();
  }

  private Optional<String> map(Shape.MapShape map, JsonNode value) {
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      Optional<String> problem = check(map.value(), entry.getValue(), entry.getKey());
      if (problem.isPresent()) {
        return problem;
      }
    }
    return none();
  }

  private static Optional<String> number(Shape.NumberShape number, JsonNode value, String field) {
    if (!value.isNumber()) {
      return wrongType(field, "a number");
    }
    if (number.min().isPresent() && value.asDouble() < number.min().get()) {
      return Optional.of("Field '" + field + "' is less than the minimum value");
    }
    if (number.max().isPresent() && value.asDouble() > number.max().get()) {
      return Optional.of("Field '" + field + "' exceeds the maximum value");
    }
    return none();
  }

  private static Optional<String> wrongType(String field, String type) {
    return Optional.of("Field '" + field + "' must be " + type);
  }

  private static Optional<String> none() {
    return Optional.empty();
  }

  private static String capitalized(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
