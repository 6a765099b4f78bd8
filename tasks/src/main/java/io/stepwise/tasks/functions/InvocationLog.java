package io.stepwise.tasks.functions;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The output (stdout and stderr) that a worker wrote during one invocation. It keeps at most {@link
 * #LIMIT} bytes, the last ones, so a chatty function cannot exhaust memory.
 */
public final class InvocationLog {
  /** The most bytes kept per invocation. */
  public static final int LIMIT = 256 * 1024;

  /** The size of the tail that {@code X-Amz-Log-Type: Tail} returns. */
  public static final int TAIL_BYTES = 4 * 1024;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  synchronized void append(byte[] buffer, int offset, int length) {
    bytes.write(buffer, offset, length);
    if (bytes.size() > 2 * LIMIT) {
      byte[] all = bytes.toByteArray();
      bytes.reset();
      bytes.write(all, all.length - LIMIT, LIMIT);
    }
  }

  synchronized void appendLine(String line) {
    byte[] encoded = (line + "\n").getBytes(StandardCharsets.UTF_8);
    append(encoded, 0, encoded.length);
  }

  synchronized String text() {
    byte[] all = bytes.toByteArray();
    int from = Math.max(0, all.length - LIMIT);
    return new String(all, from, all.length - from, StandardCharsets.UTF_8);
  }

  /** Returns what the log holds and empties it. */
  synchronized String drain() {
    String text = text();
    bytes.reset();
    return text;
  }

  /** The last {@link #TAIL_BYTES} bytes of {@code log}, as Invoke's LogResult holds them. */
  public static byte[] tail(String log) {
    byte[] all = log.getBytes(StandardCharsets.UTF_8);
    return Arrays.copyOfRange(all, Math.max(0, all.length - TAIL_BYTES), all.length);
  }
}
