package io.stepwise.service.executions;

import io.stepwise.service.api.ApiError;

/** The errors of the execution operations, with AWS's error shapes and wording. */
final class ExecutionErrors {

  private ExecutionErrors() {}

  static ApiError doesNotExist(String arn) {
    return ApiError.of("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
  }

  static ApiError alreadyExists(String arn) {
    return ApiError.of("ExecutionAlreadyExists", "Execution Already Exists: '" + arn + "'");
  }

  static ApiError invalidInput(String detail) {
    return ApiError.of(
        "InvalidExecutionInput", "Invalid State Machine Execution Input: '" + detail + "'");
  }

  /**
   * A start on {@code <stateMachineArn>#<testCase>} whose test case the mock configuration does not
   * have for the machine (or there is no mock configuration).
   */
  static ApiError noSuchTestCase(String machineName, String testCase) {
    return ApiError.validation(
        "Test case '"
            + testCase
            + "' is not defined for state machine '"
            + machineName
            + "' in the mock configuration file");
  }

  static ApiError typeNotSupported() {
    return ApiError.of(
        "StateMachineTypeNotSupported",
        "This operation is not supported by this type of state machine");
  }
}
