package io.stepwise.runtime.durable;

import io.stepwise.asl.model.ErrorNames;
import io.stepwise.engine.Command;
import io.stepwise.engine.Effect;
import io.stepwise.engine.TaskToken;
import io.stepwise.engine.step.TaskResource;
import io.stepwise.runtime.TaskContext;
import io.stepwise.runtime.TaskInvoker;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.TaskResult;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands a committed task to the invoker registered for its resource and turns what it returns (a
 * result, a failure, or an exception) into the command that reports it to the execution.
 *
 * <p>Two kinds of task wait for an answer from outside, which comes later with their task token: an
 * activity's task is queued for a worker, and a {@code .waitForTaskToken} task's resource (without
 * the suffix) is invoked to hand the token over, its result recorded as TaskSubmitted.
 *
 * <p>A task whose invoker answers {@link TaskResult.Submitted} (a {@code .sync} job) is recorded as
 * TaskSubmitted and waits for the job's result, holding no thread; if the task stops waiting first,
 * {@link #abandon} cancels that result so that the invoker stops the job.
 */
final class TaskDispatcher {
  private final TaskRegistry registry;
  private final ActivityQueues activities;
  private final Map<WaitingJob, CompletableFuture<TaskResult>> jobs = new ConcurrentHashMap<>();

  /** A submitted job's task: its execution and the engine's token of the task. */
  private record WaitingJob(String executionArn, long token) {}

  TaskDispatcher(TaskRegistry registry, ActivityQueues activities) {
    this.registry = registry;
    this.activities = activities;
  }

  /**
   * Dispatches a task of {@code actor}'s execution. The actor receives what the invocation
   * returned, perhaps on another thread, later; {@code settled} runs once the dispatcher has
   * nothing more to do for the task (a task that waits for a worker or a callback is then still
   * pending, but nothing here works on it).
   */
  void dispatch(Effect.InvokeTask task, ExecutionActor actor, Runnable settled) {
    String executionArn = actor.arn();
    TaskResource kind = TaskResource.of(task.resource());
    if (kind.kind() == TaskResource.Kind.ACTIVITY) {
      String token = new TaskToken(executionArn, task.token()).encode();
      activities.offer(
          new ActivityTask(
              task.resource(), executionArn, task.token(), token, task.parameters().toString()));
      settled.run();
      return;
    }
    boolean callback = kind.waitsForCallback();
    invoke(task, TaskResource.invokedArn(task.resource()))
        .whenComplete(
            (result, error) -> {
              deliver(new WaitingJob(executionArn, task.token()), result, error, callback, actor);
              settled.run();
            });
  }

  /**
   * Records that the task submitted a job and reports the job's result when it comes. The task is
   * settled meanwhile: the job (a child execution) is work of its own, which a clock that skips
   * waits must be free to move. A task that stopped waiting while its job was being submitted,
   * before {@link #abandon} could find the job, has it cancelled here.
   */
  private void awaitJob(WaitingJob key, TaskResult.Submitted submitted, ExecutionActor actor) {
    CompletableFuture<TaskResult> job = submitted.result().toCompletableFuture();
    jobs.put(key, job);
    if (!actor.awaits(key.token())) {
      abandon(key.executionArn(), key.token());
      return;
    }
    if (submitted.output() != null) {
      actor.send(new Command.TaskSubmitted(key.token(), submitted.output()));
    }
    job.whenComplete(
        (result, error) -> {
          jobs.remove(key, job);
          if (!(error instanceof CancellationException)) {
            deliver(key, result, error, false, actor);
          }
        });
  }

  /** Reports what an invocation or a job returned; a submitted job is awaited. */
  private void deliver(
      WaitingJob key, TaskResult result, Throwable error, boolean callback, ExecutionActor actor) {
    if (error == null && result instanceof TaskResult.Submitted submitted) {
      awaitJob(key, submitted, actor);
    } else {
      actor.send(toCommand(key.token(), result, error, callback));
    }
  }

  /**
   * The task under {@code token} of {@code executionArn} no longer waits for its result: the job it
   * submitted, if any, is cancelled.
   */
  void abandon(String executionArn, long token) {
    CompletableFuture<TaskResult> job = jobs.remove(new WaitingJob(executionArn, token));
    if (job != null) {
      job.cancel(false);
    }
  }

  private CompletionStage<TaskResult> invoke(Effect.InvokeTask task, String resource) {
    TaskInvoker invoker = registry.invoker(resource);
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

  /** What the invocation returned, as a command; a callback task's success only hands it over. */
  private static Command toCommand(
      long token, TaskResult result, Throwable error, boolean callback) {
    if (error != null) {
      Throwable cause =
          error instanceof CompletionException c && c.getCause() != null ? c.getCause() : error;
      return new Command.TaskFailed(token, cause.getClass().getSimpleName(), cause.getMessage());
    }
    return switch (result) {
      case TaskResult.Success success ->
          callback
              ? new Command.TaskSubmitted(token, success.output())
              : new Command.TaskSucceeded(token, success.output());
      case TaskResult.Failure failure ->
          new Command.TaskFailed(token, failure.error(), failure.cause());
      case TaskResult.Submitted submitted ->
          throw new IllegalStateException("Expected a submitted job to be awaited, not reported");
    };
  }
}
