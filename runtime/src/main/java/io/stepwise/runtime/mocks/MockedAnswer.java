package io.stepwise.runtime.mocks;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.runtime.TaskResult;

/** What one invocation of a mocked state answers: a result ({@code Return}) or an error. */
public sealed interface MockedAnswer {

  TaskResult result();

  /** {@code "Return": <json>}: the task succeeds with this output. */
  record Return(JsonNode output) implements MockedAnswer {
    @Override
    public TaskResult result() {
      return TaskResult.success(output);
    }
  }

  /** {@code "Throw": {"Error": ..., "Cause": ...}}: the task fails with this error. */
  record Throw(String error, String cause) implements MockedAnswer {
    @Override
    public TaskResult result() {
      return TaskResult.failure(error, cause);
    }
  }
}
