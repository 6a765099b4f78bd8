package io.stepwise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.engine.Command;

/** What a task returns: its output, or an error that Retry and Catch see. */
public sealed interface TaskResult {

  record Success(JsonNode output) implements TaskResult {}

  /** The task failed with {@code error} (for example {@code Lambda.Unknown}) and a cause. */
  record Failure(String error, String cause) implements TaskResult {}

  static TaskResult success(JsonNode output) {
    return new Success(output);
  }

  static TaskResult failure(String error, String cause) {
    return new Failure(error, cause);
  }

  /** The command that reports this result of the task under {@code token} to its execution. */
  default Command command(long token) {
    return switch (this) {
      case Success success -> new Command.TaskSucceeded(token, success.output());
      case Failure failure -> new Command.TaskFailed(token, failure.error(), failure.cause());
    };
  }
}
