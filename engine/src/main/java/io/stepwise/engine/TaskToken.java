package io.stepwise.engine;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The token that identifies a task waiting for an answer from outside: a callback's ({@code
 * $$.Task.Token} of a {@code .waitForTaskToken} task) or an activity's (what GetActivityTask hands
 * a worker). It names the execution and the engine's token of the task, and is written as an opaque
 * base64url string, as AWS's tokens look to a user.
 */
public record TaskToken(String executionArn, long engineToken) {
  private static final char SEPARATOR = '\n';

  /** The token as a user sees it. */
  public String encode() {
    byte[] text = (executionArn + SEPARATOR + engineToken).getBytes(StandardCharsets.UTF_8);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text);
  }

  /** The token that {@code text} encodes, or empty when it is not one of Stepwise's tokens. */
  public static Optional<TaskToken> decode(String text) {
    String decoded;
    try {
      decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    int separator = decoded.lastIndexOf(SEPARATOR);
    if (separator <= 0 || !decoded.startsWith("arn:")) {
      return Optional.empty();
    }
    try {
      long token = Long.parseLong(decoded.substring(separator + 1));
      return Optional.of(new TaskToken(decoded.substring(0, separator), token));
    } catch (NumberFormatException notAToken) {
      return Optional.empty();
    }
  }
}
