package io.stepwise.asl.jsonata;

import com.dashjoin.jsonata.JException;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Renders JSONata errors with the texts of the JSONata reference implementation, which AWS quotes
 * in its causes and diagnostics (for example {@code Argument 1 of function "abs" does not match
 * function signature}). The Java port's own messages differ: its catalogue says {@code Object}
 * where the reference says {@code function}, and it quotes every inserted value, numbers included.
 */
public final class JsonataMessages {
  private static final String FIRST = "\u0001";
  private static final String SECOND = "\u0002";
  private static final String UNKNOWN_CODE = "JSonataException";

  private JsonataMessages() {}

  /** The message of {@code error} without its code, for example {@code Expected "]", got ","}. */
  public static String describe(JException error) {
    String template = JException.msg(error.getError(), -1, FIRST, SECOND);
    if (error.getError() == null || template.startsWith(UNKNOWN_CODE)) {
      return error.getMessage();
    }
    return fill(template.replace("Object", "function"), error.getCurrent(), error.getExpected());
  }

  /** The message with its code in front, for example {@code T1006: Attempted to ...}. */
  public static String describeWithCode(JException error) {
    String code = error.getError();
    String message = describe(error);
    return code == null || code.isEmpty() || message.startsWith(code)
        ? message
        : code + ": " + message;
  }

  private static String fill(String template, Object first, Object second) {
    return template
        .replace("{\"" + FIRST + "\"}", String.valueOf(first))
        .replace("{\"" + SECOND + "\"}", String.valueOf(second))
        .replace("\"" + FIRST + "\"", quote(first))
        .replace("\"" + SECOND + "\"", quote(second))
        .replace(FIRST, String.valueOf(first))
        .replace(SECOND, String.valueOf(second));
  }

  /**
   * A value as JavaScript's {@code JSON.stringify} writes it into the reference messages: numbers
   * and booleans bare, anything else (tokens and names) as a quoted string.
   */
  private static String quote(Object value) {
    if (value instanceof Double number && number == Math.rint(number) && !number.isInfinite()) {
      return Long.toString(number.longValue());
    }
    if (value instanceof Number || value instanceof Boolean) {
      return String.valueOf(value);
    }
    return TextNode.valueOf(String.valueOf(value)).toString();
  }
}
