package io.stepwise.service.api;

import java.util.Map;
import java.util.Objects;

/**
 * An error of the Step Functions API as a value: the error shape of the service model (its {@code
 * __type} on the wire, e.g. {@code InvalidArn}), AWS's message, and the shape's other members (e.g.
 * {@code reason} of ValidationException, {@code resourceName} of ResourceNotFound).
 *
 * <p>Errors are values so that every layer can pass them on without exceptions; only the server
 * turns them into HTTP responses.
 */
public record ApiError(String type, String message, Map<String, String> fields) {

  public ApiError {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(message, "message");
    fields = Map.copyOf(fields);
  }

  public static ApiError of(String type, String message) {
    return new ApiError(type, message, Map.of());
  }

  /** A ValidationException, with AWS's wording already in {@code message}. */
  public static ApiError validation(String message) {
    return of(ErrorTypes.VALIDATION_EXCEPTION, message);
  }

  /** A ValidationException carrying one of the model's ValidationExceptionReason values. */
  public static ApiError validation(String message, String reason) {
    return new ApiError(ErrorTypes.VALIDATION_EXCEPTION, message, Map.of("reason", reason));
  }

  /** This error as the failed result of an operation or a check. */
  public <T> ApiResult<T> asResult() {
    return new ApiResult.Err<>(this);
  }
}
