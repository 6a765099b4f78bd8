package io.stepwise.server.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ErrorTypes;
import io.stepwise.service.model.Shape;
import io.stepwise.service.model.Shape.BlobShape;
import io.stepwise.service.model.Shape.BooleanShape;
import io.stepwise.service.model.Shape.ListShape;
import io.stepwise.service.model.Shape.MapShape;
import io.stepwise.service.model.Shape.Member;
import io.stepwise.service.model.Shape.NumberShape;
import io.stepwise.service.model.Shape.StringShape;
import io.stepwise.service.model.Shape.StructureShape;
import io.stepwise.service.model.Shape.TimestampShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a request's JSON input against its input shape as AWS does before an operation runs.
 *
 * <p>A value of the wrong JSON type fails deserialization: SerializationException, the first one
 * found. Otherwise every broken constraint (required member, length, range, pattern, enum) is
 * collected into one ValidationException worded as AWS words it: {@code 2 validation errors
 * detected: Value '1001' at 'maxResults' failed to satisfy constraint: Member must have value less
 * than or equal to 1000; ...}. Members are checked in the model's order; the values of sensitive
 * shapes are left out of the message, as AWS leaves them out.
 */
public final class InputValidator {

  private final List<String> violations = new ArrayList<>();

  private InputValidator() {}

  /** The error AWS gives for {@code input}, or nothing when the input is valid. */
  public static Optional<ApiError> validate(StructureShape shape, JsonNode input) {
    InputValidator validator = new InputValidator();
    Optional<ApiError> malformed = validator.check(shape, input, "");
    return malformed.isPresent() ? malformed : validator.validationError();
  }

  private Optional<ApiError> validationError() {
    if (violations.isEmpty()) {
      return Optional.empty();
    }
    int count = violations.size();
    String heading =
        count == 1 ? "1 validation error detected: " : count + " validation errors detected: ";
    return Optional.of(ApiError.validation(heading + String.join("; ", violations)));
  }

  private Optional<ApiError> check(Shape shape, JsonNode value, String path) {
    return switch (shape) {
      case StructureShape structure -> structure(structure, value, path);
      case ListShape list -> list(list, value, path);
      case MapShape map -> map(map, value, path);
      case StringShape string -> string(string, value, path);
      case NumberShape number -> number(number, value, path);
      case BooleanShape bool -> value.isBoolean() ? Optional.empty() : mismatch(value, "Boolean");
      // The Step Functions API has no blob in its input.
      case BlobShape blob -> Optional.empty();
      case TimestampShape timestamp ->
          value.isNumber() ? Optional.empty() : mismatch(value, "Date");
    };
  }

  private Optional<ApiError> structure(StructureShape shape, JsonNode value, String path) {
    if (!value.isObject()) {
      return mismatch(value, shape.name());
    }
    for (Member member : shape.members()) {
      JsonNode child = value.get(member.name());
      String childPath = path.isEmpty() ? member.name() : path + "." + member.name();
      if (child == null || child.isNull()) {
        if (member.required()) {
          violations.add(
              "Value null at '"
                  + childPath
                  + "' failed to satisfy constraint: "
                  + "Member must not be null");
        }
        continue;
      }
      Optional<ApiError> malformed = check(member.shape(), child, childPath);
      if (malformed.isPresent()) {
        return malformed;
      }
    }
    return Optional.empty();
  }

  private Optional<ApiError> list(ListShape shape, JsonNode value, String path) {
    if (!value.isArray()) {
      return mismatch(value, "List");
    }
    checkLength(shape, value, path, value.size(), shape.min(), shape.max());
    for (int i = 0; i < value.size(); i++) {
      JsonNode element = value.get(i);
      if (element.isNull()) {
        continue;
      }
      Optional<ApiError> malformed =
          check(shape.member(), element, path + "." + (i + 1) + ".member");
      if (malformed.isPresent()) {
        return malformed;
      }
    }
    return Optional.empty();
  }

  private Optional<ApiError> map(MapShape shape, JsonNode value, String path) {
    if (!value.isObject()) {
      return mismatch(value, "Map");
    }
    checkLength(shape, value, path, value.size(), shape.min(), shape.max());
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      String entryPath = path + "." + entry.getKey();
      Optional<ApiError> malformed =
          check(shape.key(), TextNode.valueOf(entry.getKey()), entryPath)
              .or(() -> check(shape.value(), entry.getValue(), entryPath + ".member"));
      if (malformed.isPresent()) {
        return malformed;
      }
    }
    return Optional.empty();
  }

  private Optional<ApiError> string(StringShape shape, JsonNode value, String path) {
    if (!value.isTextual()) {
      return mismatch(value, "String");
    }
    String text = value.textValue();
    checkLength(
        shape, value, path, text.codePointCount(0, text.length()), shape.min(), shape.max());
    shape
        .pattern()
        .filter(pattern -> !pattern.matcher(text).matches())
        .ifPresent(
            pattern ->
                violate(
                    shape,
                    value,
                    path,
                    "Member must satisfy regular expression pattern: " + pattern.pattern()));
    if (!shape.enumSet().isEmpty() && !shape.enumSet().contains(text)) {
      violate(
          shape,
          value,
          path,
          "Member must satisfy enum value set: [" + String.join(", ", shape.enumValues()) + "]");
    }
    return Optional.empty();
  }

  private Optional<ApiError> number(NumberShape shape, JsonNode value, String path) {
    if (!value.isNumber()) {
      return mismatch(value, shape.kind().javaName());
    }
    double number = value.doubleValue();
    shape
        .min()
        .filter(min -> number < min)
        .ifPresent(
            min ->
                violate(
                    shape,
                    value,
                    path,
                    "Member must have value greater than or equal to " + ValueText.bound(min)));
    shape
        .max()
        .filter(max -> number > max)
        .ifPresent(
            max ->
                violate(
                    shape,
                    value,
                    path,
                    "Member must have value less than or equal to " + ValueText.bound(max)));
    return Optional.empty();
  }

  private void checkLength(
      Shape shape,
      JsonNode value,
      String path,
      long length,
      Optional<Long> min,
      Optional<Long> max) {
    min.filter(bound -> length < bound)
        .ifPresent(
            bound ->
                violate(
                    shape,
                    value,
                    path,
                    "Member must have length greater than or equal to " + bound));
    max.filter(bound -> length > bound)
        .ifPresent(
            bound ->
                violate(
                    shape, value, path, "Member must have length less than or equal to " + bound));
  }

  private void violate(Shape shape, JsonNode value, String path, String constraint) {
    String subject = shape.sensitive() ? "Value" : "Value '" + ValueText.render(shape, value) + "'";
    violations.add(subject + " at '" + path + "' failed to satisfy constraint: " + constraint);
  }

  private static Optional<ApiError> mismatch(JsonNode value, String expected) {
    String message =
        switch (value.getNodeType()) {
          case OBJECT, POJO -> "Start of structure or map found where not expected.";
          case ARRAY -> "Start of list found where not expected.";
          default -> ValueText.token(value) + " cannot be converted to " + expected;
        };
    return Optional.of(ApiError.of(ErrorTypes.SERIALIZATION_EXCEPTION, message));
  }
}
