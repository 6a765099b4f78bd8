package io.stepwise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.engine.Command;
import java.util.concurrent.CompletionStage;

/** What a task returns: its output, or an error that Retry and Catch see. */
public sealed interface TaskResult {

  record Success(JsonNode output) implements TaskResult {}

  /** The task failed with {@code error} (for example {@code Lambda.Unknown}) and a cause. */
  record Failure(String error, String cause) implements TaskResult {}

  /**
   * The task started a job and waits for it to end (a {@code .sync} integration): {@code output},
   * the answer of the call that started the job, is recorded as TaskSubmitted, and {@code result}
   * completes with the task's own result when the job ends. The runtime cancels {@code result} when
   * the task stops waiting without it (its execution was stopped, or the task timed out), so that
   * the invoker can stop the job. {@code output} is {@code null} when the submission is recorded
   * already: the invoker found the job it had started before a restart.
   */
  record Submitted(JsonNode output, CompletionStage<TaskResult> result) implements TaskResult {}

  static TaskResult success(JsonNode output) {
    return new Success(output);
  }

  static TaskResult failure(String error, String cause) {
    return new Failure(error, cause);
  }

  /**
   * The command that reports this result of the task under {@code token} to its execution. A
   * submitted job is awaited, never reported as such.
   */
  default Command command(long token) {
    return switch (this) {
      case Success success -> new Command.TaskSucceeded(token, success.output());
      case Failure failure -> new Command.TaskFailed(token, failure.error(), failure.cause());
      case Submitted submitted ->
          throw new IllegalStateException("Expected a submitted job to be awaited, not reported");
    };
  }
}
