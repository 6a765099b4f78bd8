package io.stepwise.service.teststate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.dataflow.Failure;
import io.stepwise.engine.Inspector;
import io.stepwise.runtime.TaskInvoker;
import io.stepwise.runtime.TaskResult;
import io.stepwise.service.api.ApiResult;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The {@code mock} of a TestState request: the result the tested state's task (or its Parallel
 * branches, or its Map iterations) returns, or the error it fails with, instead of running.
 *
 * @param result the mocked result, or {@code null} when the mock is an error
 * @param error the mocked error, or {@code null} when the mock is a result
 * @param cause the mocked error's cause (may be null)
 * @param fieldValidationMode how strictly a mocked result is checked against the API's shapes:
 *     STRICT (AWS's default), PRESENT or NONE
 */
record TestMock(JsonNode result, String error, String cause, String fieldValidationMode) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The request's mock, checked as AWS checks it; empty when the request has none. */
  static ApiResult<Optional<TestMock>> read(JsonNode mock) {
    if (mock == null || mock.isNull()) {
      return ApiResult.ok(Optional.empty());
    }
    JsonNode result = mock.get("result");
    String mode = mock.path("fieldValidationMode").asText("STRICT");
    JsonNode errorOutput = mock.get("errorOutput");
    if (result != null && errorOutput != null) {
      return TestStateErrors.mockResultAndErrorOutput().asResult();
    }
    if (errorOutput != null) {
      return ApiResult.ok(
          Optional.of(
              new TestMock(
                  null,
                  errorOutput.path("error").asText(null),
                  errorOutput.path("cause").asText(null),
                  mode)));
    }
    try {
      JsonNode parsed = MAPPER.readTree(result == null ? "null" : result.asText());
      return ApiResult.ok(Optional.of(new TestMock(parsed, null, null, mode)));
    } catch (JsonProcessingException e) {
      return TestStateErrors.mockResultNotJson().asResult();
    }
  }

  boolean isError() {
    return result == null;
  }

  /** The mocked outcome of a Map state's iterations, {@code failedIterations} of which failed. */
  Inspector.MockedIterations iterations(int failedIterations) {
    Failure failure = isError() ? new Failure(error, cause) : null;
    return new Inspector.MockedIterations(result, failure, failedIterations);
  }

  /** The task that answers with this mock. */
  TaskInvoker invoker() {
    TaskResult answer = isError() ? TaskResult.failure(error, cause) : TaskResult.success(result);
    return (parameters, context) -> CompletableFuture.completedFuture(answer);
  }
}
