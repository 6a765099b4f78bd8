package io.stepwise.service.shape;

import io.stepwise.service.api.ApiError;
import java.util.Map;

/** The errors of the resource operations, with AWS's error shapes and wording. */
public final class Errors {

  private Errors() {}

  public static ApiError machineDoesNotExist(String arn) {
    return ApiError.of("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
  }

  public static ApiError machineAlreadyExists(String arn) {
    return ApiError.of("StateMachineAlreadyExists", "State Machine Already Exists: '" + arn + "'");
  }

  public static ApiError activityDoesNotExist(String arn) {
    return ApiError.of("ActivityDoesNotExist", "Activity Does Not Exist: '" + arn + "'");
  }

  public static ApiError invalidDefinition(String message) {
    return ApiError.of("InvalidDefinition", message);
  }

  public static ApiError invalidLogging(String detail) {
    return ApiError.of("InvalidLoggingConfiguration", "Invalid Logging Configuration: " + detail);
  }

  public static ApiError missingParameter(String message) {
    return ApiError.of("MissingRequiredParameter", message);
  }

  public static ApiError conflict(String message) {
    return ApiError.of("ConflictException", message);
  }

  /** ResourceNotFound naming the resource, as TagResource and the routing checks send it. */
  public static ApiError resourceNotFound(String arn) {
    return new ApiError(
        "ResourceNotFound", "Resource not found: '" + arn + "'", Map.of("resourceName", arn));
  }

  /** ResourceNotFound as the alias operations send it, without naming the alias. */
  public static ApiError aliasNotFound() {
    return ApiError.of("ResourceNotFound", "Request references a resource that does not exist.");
  }

  public static ApiError tooManyTags(String arn, int limit) {
    return new ApiError(
        "TooManyTags",
        "Too many tags: the resource '" + arn + "' may have at most " + limit + " tags.",
        Map.of("resourceName", arn));
  }

  public static ApiError invalidToken() {
    return ApiError.of("InvalidToken", "Invalid Token: 'Invalid token'");
  }
}
