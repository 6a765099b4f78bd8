package io.stepwise.asl.validate;

import io.stepwise.asl.diagnostic.Diagnostic;

/**
 * The rules of a distributed Map's {@code Label}, which becomes part of Map Run ARNs: at most 40
 * characters, none of them white space, control characters or the ones ARNs reserve.
 */
final class LabelRules {
  static final int MAX_LENGTH = 40;
  private static final String RESERVED = " \"<>?[\\]^`{|}#~$%&*,:;";

  private LabelRules() {}

  static void check(String label, String pointer, ValidationContext ctx) {
    if (label.isEmpty()) {
      ctx.schemaError(pointer, "Label cannot be empty");
      return;
    }
    if (label.codePointCount(0, label.length()) > MAX_LENGTH) {
      ctx.schemaError(pointer, "Label cannot exceed " + MAX_LENGTH + " characters");
      return;
    }
    label
        .codePoints()
        .filter(LabelRules::isInvalid)
        .findFirst()
        .ifPresent(
            c -> ctx.schemaError(pointer, "Label contains invalid character: '" + show(c) + "'"));
  }

  /** Whether {@code diagnostic} is one of these rules' refusals of a Label. */
  static boolean isLabelError(Diagnostic diagnostic) {
    return diagnostic.pointer().endsWith("/Label") && diagnostic.message().startsWith("Label ");
  }

  private static boolean isInvalid(int c) {
    return Character.isWhitespace(c)
        || c <= 0x1f
        || (c >= 0x7f && c <= 0x9f)
        || RESERVED.indexOf(c) >= 0;
  }

  /** Shows a character as Python's repr does, so invisible ones can be read: {@code \x85}. */
  private static String show(int c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case '\\' -> "\\\\";
      default ->
          c <= 0x1f || (c >= 0x7f && c <= 0x9f)
              ? String.format("\\x%02x", c)
              : new String(Character.toChars(c));
    };
  }
}
