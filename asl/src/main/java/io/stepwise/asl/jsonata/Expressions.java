package io.stepwise.asl.jsonata;

import com.fasterxml.jackson.databind.JsonNode;

/** Recognises JSONata expressions written as {@code "{% expr %}"} strings. */
public final class Expressions {
  private Expressions() {}

  /** Whether {@code value} is a string wholly inside {@code {% %}} delimiters. */
  public static boolean isExpression(JsonNode value) {
    return value != null && value.isTextual() && isExpression(value.textValue());
  }

  /** Whether {@code text} is wholly inside {@code {% %}} delimiters. */
  public static boolean isExpression(String text) {
    return text.length() >= 4 && text.startsWith("{%") && text.endsWith("%}");
  }

  /** The expression inside the delimiters of {@code text}, without surrounding white space. */
  public static String body(String text) {
    return text.substring(2, text.length() - 2).strip();
  }
}
