package io.stepwise.tasks.executions;

import io.stepwise.runtime.TaskRegistry;
import java.util.concurrent.CompletableFuture;

/**
 * Registers the tasks of {@code arn:aws:states:::states:startExecution} ({@code .waitForTaskToken}
 * reaches the plain resource, as every callback does), {@code .sync} and {@code .sync:2}. They are
 * registered before the runtime opens, since it dispatches the pending tasks of restored executions
 * at once, and {@linkplain #bind bound} to the service that starts executions once it is up; tasks
 * dispatched before wait for that.
 */
public final class NestedExecutions {
  private static final String START_EXECUTION = "arn:aws:states:::states:startExecution";

  private final CompletableFuture<ChildExecutions> children = new CompletableFuture<>();

  private NestedExecutions() {}

  public static NestedExecutions register(TaskRegistry tasks) {
    NestedExecutions nested = new NestedExecutions();
    tasks
        .register(START_EXECUTION, nested.task(StartExecutionTask.Pattern.REQUEST_RESPONSE))
        .register(START_EXECUTION + ".sync", nested.task(StartExecutionTask.Pattern.SYNC))
        .register(START_EXECUTION + ".sync:2", nested.task(StartExecutionTask.Pattern.SYNC_JSON));
    return nested;
  }

  /** Hands the tasks the service that starts executions. */
  public void bind(ChildExecutions executions) {
    children.complete(executions);
  }

  private StartExecutionTask task(StartExecutionTask.Pattern pattern) {
    return new StartExecutionTask(children, pattern);
  }
}
