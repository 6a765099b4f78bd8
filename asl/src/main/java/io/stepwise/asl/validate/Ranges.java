package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks that numeric fields lie in the ranges AWS allows. */
final class Ranges {
  /** The largest value AWS accepts for most second counts. */
  static final long MAX_SECONDS = 99_999_999L;

  private Ranges() {}

  /**
   * Reports {@code value} when it is a number outside {@code [min, max]}. Values of another type
   * are left to the type rules.
   */
  static void check(
      JsonNode value, String field, String pointer, double min, double max, ValidationContext ctx) {
    if (value == null || !value.isNumber()) {
      return;
    }
    double number = value.doubleValue();
    if (number < min) {
      ctx.schemaError(
          pointer, "The value of '" + field + "' must be at least " + format(min) + ".");
    } else if (number > max) {
      ctx.schemaError(pointer, "The value of '" + field + "' must be at most " + format(max) + ".");
    }
  }

  /** Checks field {@code name} of {@code state} against {@code [min, max]}. */
  static void check(StateNode state, String name, double min, double max, ValidationContext ctx) {
    check(state.field(name), name, state.pointer(name), min, max, ctx);
  }

  private static String format(double number) {
    return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
  }
}
