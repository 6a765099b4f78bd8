package io.stepwise.service.lambda;

import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ApiResult;

/** The Lambda API's errors, with the wording AWS uses. */
public final class LambdaErrors {
  public static final String RESOURCE_NOT_FOUND = "ResourceNotFoundException";
  public static final String RESOURCE_CONFLICT = "ResourceConflictException";
  public static final String INVALID_PARAMETER_VALUE = "InvalidParameterValueException";
  public static final String INVALID_REQUEST_CONTENT = "InvalidRequestContentException";
  public static final String TOO_MANY_REQUESTS = "TooManyRequestsException";
  public static final String VALIDATION = "ValidationException";
  public static final String SERVICE = "ServiceException";

  private LambdaErrors() {}

  static <T> ApiResult<T> functionNotFound(String arn) {
    return ApiError.of(RESOURCE_NOT_FOUND, "Function not found: " + arn).asResult();
  }

  static <T> ApiResult<T> functionExists(String name) {
    return ApiError.of(RESOURCE_CONFLICT, "Function already exist: " + name).asResult();
  }

  static <T> ApiResult<T> invalidParameter(String message) {
    return ApiError.of(INVALID_PARAMETER_VALUE, message).asResult();
  }

  /** A constraint of the service model, reported as AWS's request validation reports it. */
  static <T> ApiResult<T> validation(String value, String member, String constraint) {
    return ApiError.of(
            VALIDATION,
            "1 validation error detected: Value "
                + value
                + " at '"
                + member
                + "' failed to satisfy constraint: "
                + constraint)
        .asResult();
  }
}
