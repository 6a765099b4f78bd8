package io.stepwise.runtime.durable;

import io.stepwise.asl.model.ErrorNames;
import io.stepwise.engine.Command;
import io.stepwise.engine.Effect;
import io.stepwise.runtime.TaskContext;
import io.stepwise.runtime.TaskInvoker;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.TaskResult;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Hands a committed task to the invoker registered for its resource and turns what it returns (a
 * result, a failure, or an exception) into the command that reports it to the execution.
 */
final class TaskDispatcher {
  private final TaskRegistry registry;

  TaskDispatcher(TaskRegistry registry) {
    this.registry = registry;
  }

  /** Invokes the task; {@code report} receives its outcome, perhaps on another thread, later. */
  void dispatch(Effect.InvokeTask task, Consumer<Command> report) {
    invoke(task)
        .whenComplete((result, error) -> report.accept(toCommand(task.token(), result, error)));
  }

  private CompletionStage<TaskResult> invoke(Effect.InvokeTask task) {
    TaskInvoker invoker = registry.invoker(task.resource());
    if (invoker == null) {
      return CompletableFuture.completedFuture(
          TaskResult.failure(
              ErrorNames.TASK_FAILED, "No task is registered for the resource " + task.resource()));
    }
    try {
      return invoker.invoke(
          task.parameters(), new TaskContext(task.token(), task.resource(), task.context()));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static Command toCommand(long token, TaskResult result, Throwable error) {
    if (error != null) {
      Throwable cause =
          error instanceof CompletionException c && c.getCause() != null ? c.getCause() : error;
      return new Command.TaskFailed(token, cause.getClass().getSimpleName(), cause.getMessage());
    }
    return switch (result) {
      case TaskResult.Success success -> new Command.TaskSucceeded(token, success.output());
      case TaskResult.Failure failure ->
          new Command.TaskFailed(token, failure.error(), failure.cause());
    };
  }
}
