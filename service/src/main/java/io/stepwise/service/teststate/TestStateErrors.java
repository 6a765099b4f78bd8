package io.stepwise.service.teststate;

import io.stepwise.service.api.ApiError;
import io.stepwise.service.shape.Errors;

/** The errors of TestState, in AWS's words. */
final class TestStateErrors {

  private TestStateErrors() {}

  static ApiError stateNotFound() {
    return ApiError.validation("State not found in definition");
  }

  static ApiError mapOrParallelWithoutMock() {
    return Errors.invalidDefinition(
        "TestState API does not support Map or Parallel states. Supported state types include:"
            + " [Task, Wait, Pass, Succeed, Fail, Choice]");
  }

  static ApiError mockNotSupported(String type) {
    return ApiError.validation(
        "State type '" + type + "' is not supported when a mock is specified");
  }

  /** AWS's documentation says so; the wording of its error is Stepwise's. */
  static ApiError waitingTaskWithoutMock() {
    return ApiError.validation(
        "TestState supports Activity tasks and the .sync and .waitForTaskToken integration"
            + " patterns only when a mock is specified");
  }

  static ApiError roleArnRequired() {
    return ApiError.validation("RoleArn must be specified when testing a Task state");
  }

  static ApiError mockResultAndErrorOutput() {
    return ApiError.validation(
        "A test mock should have only one of the following fields: [result, errorOutput].");
  }

  static ApiError revealSecretsWithMock() {
    return ApiError.validation(
        "TestState does not support RevealSecrets when a mock is specified.");
  }

  static ApiError mockResultNotJson() {
    return ApiError.validation("Mocked result must be valid JSON");
  }

  static ApiError mockResultNotArray() {
    return ApiError.validation("Mocked result must be an array.");
  }

  static ApiError mockResultBranchCount() {
    return ApiError.validation(
        "Mocked result must contain the same number of items as number of Parallel branches.");
  }

  static ApiError mockResultNotObject() {
    return ApiError.validation("Mocked result must be a JSON object.");
  }

  static ApiError iterationFailureCountOverIterations() {
    return ApiError.validation(
        "Map iteration failure count must be less than or equal to the number of Map iterations");
  }

  static ApiError iterationFailureCountWithoutMock() {
    return ApiError.validation(
        "TestState does not support MapIterationFailureCount when a mock is not specified.");
  }

  static ApiError variablesNotObject() {
    return ApiError.validation("Variables must be a JSON object");
  }
}
