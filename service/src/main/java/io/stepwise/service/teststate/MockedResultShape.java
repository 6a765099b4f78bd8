package io.stepwise.service.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.service.api.ApiError;
import io.stepwise.service.model.Shape;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a mocked task result against the output shape of the API call it stands for, as AWS does
 * with {@code mock.fieldValidationMode}: STRICT (the default) wants every required field and every
 * present field of its type and constraints, PRESENT only the present fields, NONE nothing. A task
 * shows a service's result with member names that begin with a capital letter ({@code ExecutionArn}
 * for the model's {@code executionArn}); fields the shape does not know are let through. Only the
 * services whose models Stepwise bundles are checked ({@link TaskApi}).
 *
 * <p>A present field is checked for its JSON type, a string's enum values and length, a blob's
 * length (as text) and a number's range. Patterns and list sizes are not checked: AWS's recorded
 * answers show no check of them, and a check AWS does not make would refuse a mock AWS accepts.
 */
final class MockedResultShape {

  private final boolean strict;
  private final boolean blobsAsJson;

  private MockedResultShape(boolean strict, boolean blobsAsJson) {
    this.strict = strict;
    this.blobsAsJson = blobsAsJson;
  }

  /** The problem AWS finds in {@code result}, the mock of a task of {@code resource}, if any. */
  static Optional<ApiError> problem(String resource, JsonNode result, String mode) {
    if (mode.equals("NONE")) {
      return Optional.empty();
    }
    return TaskApi.of(resource)
        .flatMap(
            api ->
                new MockedResultShape(!mode.equals("PRESENT"), api.blobsAsJson())
                    .check(api.output(), result, ""))
        .map(why -> ApiError.validation("Mock result schema validation error: " + why));
  }

  private Optional<String> check(Shape shape, JsonNode value, String field) {
    return switch (shape) {
      case Shape.StructureShape structure ->
          value.isObject() ? structure(structure, value) : wrongType(field, "an object");
      case Shape.ListShape list ->
          value.isArray() ? list(list, value, field) : wrongType(field, "an array");
      case Shape.MapShape map -> value.isObject() ? map(map, value) : wrongType(field, "an object");
      case Shape.StringShape string -> string(string, value, field);
      case Shape.TimestampShape timestamp ->
          value.isTextual() ? none() : wrongType(field, "a string");
      case Shape.BooleanShape bool -> value.isBoolean() ? none() : wrongType(field, "a boolean");
      case Shape.NumberShape number -> number(number, value, field);
      case Shape.BlobShape blob -> blobsAsJson ? none() : blob(blob, value, field);
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

  private Optional<String> list(Shape.ListShape list, JsonNode value, String field) {
    for (JsonNode item : value) {
      Optional<String> problem = check(list.member(), item, field);
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

  private static Optional<String> string(Shape.StringShape string, JsonNode value, String field) {
    if (!value.isTextual()) {
      return wrongType(field, "a string");
    }
    if (!string.enumSet().isEmpty() && !string.enumSet().contains(value.asText())) {
      return Optional.of("Field '" + field + "' is not an expected value");
    }
    return length(string.min(), string.max(), value, field);
  }

  /** A blob as a task shows it, base64 text, bounded by the model's length as that text's. */
  private static Optional<String> blob(Shape.BlobShape blob, JsonNode value, String field) {
    return value.isTextual()
        ? length(blob.min(), blob.max(), value, field)
        : wrongType(field, "a string");
  }

  private static Optional<String> length(
      Optional<Long> min, Optional<Long> max, JsonNode value, String field) {
    String text = value.asText();
    long length = text.codePointCount(0, text.length());
    if (min.isPresent() && length < min.get()) {
      return Optional.of("Field '" + field + "' is smaller than the minimum length");
    }
    if (max.isPresent() && length > max.get()) {
      return Optional.of("Field '" + field + "' exceeds the maximum length");
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

  /** {@code name} with its first letter in upper case, as tasks name members and actions. */
  static String capitalized(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
