package io.stepwise.dataflow.jsonata;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON type a field requires of its expression's result (Map {@code Items} must be an array, a
 * Choice {@code Condition} a boolean), named as AWS names types in its causes.
 */
public enum ResultType {
  ANY("any"),
  ARRAY("array"),
  BOOLEAN("boolean"),
  NUMBER("number"),
  STRING("string"),
  OBJECT("object");

  private final String awsName;

  ResultType(String awsName) {
    this.awsName = awsName;
  }

  /** Whether {@code value} has this type. */
  boolean accepts(JsonNode value) {
    return this == ANY || this == of(value);
  }

  /** The name AWS uses for this type, for example {@code array}. */
  String awsName() {
    return awsName;
  }

  /** The name AWS uses for the type of {@code value}; {@code null} for JSON null. */
  static String nameOf(JsonNode value) {
    return value.isNull() ? "null" : of(value).awsName;
  }

  private static ResultType of(JsonNode value) {
    return switch (value.getNodeType()) {
      case ARRAY -> ARRAY;
      case BOOLEAN -> BOOLEAN;
      case NUMBER -> NUMBER;
      case OBJECT -> OBJECT;
      default -> STRING;
    };
  }
}
