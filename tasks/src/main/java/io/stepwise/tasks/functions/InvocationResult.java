package io.stepwise.tasks.functions;

/**
 * How one invocation of a local function ended, in the terms of Lambda's Invoke API: the function
 * returned, the function failed ({@code X-Amz-Function-Error: Unhandled}), or Lambda refused the
 * request with an API error before any code ran.
 */
public sealed interface InvocationResult {

  String requestId();

  /** The function returned {@code payload} (JSON text). */
  record Returned(String requestId, String payload, String log) implements InvocationResult {}

  /**
   * The function, its runtime or its sandbox failed; {@code payload} is the error document as
   * Lambda returns it (errorMessage, errorType and, from a runtime, stackTrace or trace).
   */
  record FunctionError(String requestId, String payload, String log) implements InvocationResult {}

  /**
   * Lambda refused the call with the API error {@code errorCode} (for example {@code
   * ResourceNotFoundException}) and HTTP status {@code statusCode}.
   */
  record Rejected(String requestId, String errorCode, int statusCode, String message)
      implements InvocationResult {}

  /** The log of the invocation (empty when it was rejected). */
  default String log() {
    return switch (this) {
      case Returned returned -> returned.log();
      case FunctionError error -> error.log();
      case Rejected rejected -> "";
    };
  }
}
