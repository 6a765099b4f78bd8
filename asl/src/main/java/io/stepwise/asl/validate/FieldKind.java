package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON type that a definition field must have. */
enum FieldKind {
  STRING("a string"),
  INTEGER("an integer"),
  NUMBER("a number"),
  BOOLEAN("a boolean"),
  OBJECT("an object"),
  ARRAY("an array"),
  /** InputPath, OutputPath, ResultPath, ItemsPath: a path, or null to discard. */
  PATH_OR_NULL("a string or null"),
  ANY("any JSON value");

  private final String description;

  FieldKind(String description) {
    this.description = description;
  }

  /** Names the kind in a message, for example "an integer". */
  String description() {
    return description;
  }

  boolean accepts(JsonNode value) {
    return switch (this) {
      case STRING -> value.isTextual();
      case INTEGER -> isWholeNumber(value);
      case NUMBER -> value.isNumber();
      case BOOLEAN -> value.isBoolean();
      case OBJECT -> value.isObject();
      case ARRAY -> value.isArray();
      case PATH_OR_NULL -> value.isTextual() || value.isNull();
      case ANY -> true;
    };
  }

  /** Integers, also when written with a fraction of zero ({@code 5.0}), fit in a long. */
  static boolean isWholeNumber(JsonNode value) {
    if (value.isIntegralNumber()) {
      return value.canConvertToLong();
    }
    return value.isNumber()
        && value.doubleValue() == Math.rint(value.doubleValue())
        && Math.abs(value.doubleValue()) < 9.0e18;
  }

  /** The JSON type of {@code value}, in the words of {@link #description()}. */
  static String describe(JsonNode value) {
    return switch (value.getNodeType()) {
      case STRING -> "a string";
      case NUMBER -> value.isIntegralNumber() ? "an integer" : "a number";
      case BOOLEAN -> "a boolean";
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case NULL -> "null";
      default -> "an unsupported value";
    };
  }
}
