package io.stepwise.tasks.functions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * The error documents that Lambda itself returns when the sandbox, not the function's code, ends an
 * invocation: a timeout, a runtime process that exited, a runtime that cannot start.
 */
final class SandboxErrors {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SandboxErrors() {}

  static String timedOut(String requestId, int timeoutSeconds) {
    return document(
        "Sandbox.Timedout",
        "RequestId: "
            + requestId
            + " Error: Task timed out after "
            + String.format(Locale.ROOT, "%.2f", (double) timeoutSeconds)
            + " seconds");
  }

  /** A runtime process that exited with {@code exitCode} (128 + n: killed by signal n). */
  static String exited(String requestId, int exitCode) {
    return document(
        "Runtime.ExitError",
        "RequestId: " + requestId + " Error: Runtime exited with error: " + exitStatus(exitCode));
  }

  static String cannotStart(String requestId, String reason) {
    return document("Runtime.InvalidEntrypoint", "RequestId: " + requestId + " Error: " + reason);
  }

  private static String exitStatus(int exitCode) {
    return switch (exitCode) {
      case 128 + 9 -> "signal: killed";
      case 128 + 15 -> "signal: terminated";
      case 128 + 11 -> "signal: segmentation fault";
      case 128 + 6 -> "signal: aborted";
      default -> "exit status " + exitCode;
    };
  }

  private static String document(String errorType, String errorMessage) {
    ObjectNode error = JSON.createObjectNode();
    error.put("errorType", errorType);
    error.put("errorMessage", errorMessage);
    return error.toString();
  }
}
