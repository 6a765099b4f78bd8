package io.stepwise.dataflow.path;

import com.fasterxml.jackson.databind.JsonNode;

/** Equality and ordering of JSON values as ASL compares them: numbers by value, not by type. */
public final class JsonValues {

  private JsonValues() {}

  /** Whether two values are equal; {@code 1} equals {@code 1.0}, and missing equals nothing. */
  public static boolean equal(JsonNode left, JsonNode right) {
    if (left.isMissingNode() || right.isMissingNode()) {
      return false;
    }
    if (left.isNumber() && right.isNumber()) {
      return left.decimalValue().compareTo(right.decimalValue()) == 0;
    }
    return left.equals(right);
  }

  /**
   * The order of two numbers or two strings (negative, zero, positive), or {@code null} when the
   * values are not comparable.
   */
  public static Integer order(JsonNode left, JsonNode right) {
    if (left.isNumber() && right.isNumber()) {
      return left.decimalValue().compareTo(right.decimalValue());
    }
    if (left.isTextual() && right.isTextual()) {
      return left.textValue().compareTo(right.textValue());
    }
    return null;
  }
}
