package io.stepwise.tasks.executions;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.runtime.TaskContext;
import io.stepwise.runtime.TaskInvoker;
import io.stepwise.runtime.TaskResult;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The task of {@code states:startExecution} in one integration pattern: it starts the child
 * execution and answers StartExecution's result at once ({@code startExecution}, and {@code
 * .waitForTaskToken}, whose answer then comes with the token), or submits the child as a job whose
 * end is the task's result ({@code .sync}, {@code .sync:2}). A {@code .sync} task that stops
 * waiting (its execution stopped, or it timed out) stops its child.
 */
final class StartExecutionTask implements TaskInvoker {

  /** What the task waits for. */
  enum Pattern {
    /** StartExecution's answer. */
    REQUEST_RESPONSE,
    /** The child's end; its input and output as JSON text. */
    SYNC,
    /** The child's end; its input and output as JSON values. */
    SYNC_JSON
  }

  private final CompletionStage<ChildExecutions> children;
  private final Pattern pattern;

  /**
   * @param children completes with the executions' service once it is up (the runtime may dispatch
   *     tasks of restored executions before)
   */
  StartExecutionTask(CompletionStage<ChildExecutions> children, Pattern pattern) {
    this.children = children;
    this.pattern = pattern;
  }

  @Override
  public CompletionStage<TaskResult> invoke(JsonNode parameters, TaskContext context) {
    ChildRequest.Checked checked = ChildRequest.of(parameters, context);
    if (checked.failure() != null) {
      return CompletableFuture.completedFuture(checked.failure());
    }
    return children.thenCompose(executions -> start(executions, checked.request()));
  }

  private CompletionStage<TaskResult> start(ChildExecutions executions, ChildRequest request) {
    ChildStart start =
        executions.start(
            request.stateMachineArn(), request.name(), request.input(), request.ownName());
    TaskResult result =
        switch (start) {
          case ChildStart.Refused refused -> ChildResults.refused(refused);
          case ChildStart.Started started when pattern == Pattern.REQUEST_RESPONSE ->
              TaskResult.success(ChildResults.started(started));
          case ChildStart.Started started ->
              new TaskResult.Submitted(
                  started.resumed() ? null : ChildResults.started(started),
                  awaitEnd(executions, started));
        };
    return CompletableFuture.completedFuture(result);
  }

  private CompletionStage<TaskResult> awaitEnd(
      ChildExecutions executions, ChildStart.Started started) {
    CompletableFuture<TaskResult> end =
        started
            .end()
            .thenApply(described -> ChildResults.ended(described, pattern == Pattern.SYNC_JSON))
            .toCompletableFuture();
    end.whenComplete(
        (result, error) -> {
          if (error instanceof CancellationException) {
            executions.stop(started.executionArn());
          }
        });
    return end;
  }
}
