package io.stepwise.asl.validate;

/**
 * State names are 1 to 80 characters long and unique in the whole state machine, nested workflows
 * included, as AWS requires.
 */
final class StateNameRules {
  static final int MAX_LENGTH = 80;

  private StateNameRules() {}

  static void check(String name, String pointer, ValidationContext ctx) {
    if (!ctx.stateNames().add(name)) {
      ctx.add(
          DiagnosticCodes.DUPLICATE_STATE_NAME,
          pointer,
          "The state name '" + name + "' is used more than once in the state machine");
    }
    int length = name.codePointCount(0, name.length());
    if (length == 0) {
      ctx.add(DiagnosticCodes.INVALID_STATE_NAME, pointer, "A state name cannot be empty");
    } else if (length > MAX_LENGTH) {
      ctx.add(
          DiagnosticCodes.INVALID_STATE_NAME,
          pointer,
          "The state name '" + name + "' is longer than " + MAX_LENGTH + " characters");
    }
  }
}
