package io.stepwise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

/**
 * Runs the task of a Task state whose Resource it is registered for. The result may come later: the
 * runtime holds no thread while it waits. An invoker that throws fails the task with the
 * exception's simple class name as the error and its message as the cause, as Lambda reports a
 * function's exception.
 */
@FunctionalInterface
public interface TaskInvoker {

  CompletionStage<TaskResult> invoke(JsonNode parameters, TaskContext context);

  /** An invoker that computes its output in the calling thread. */
  static TaskInvoker of(UnaryOperator<JsonNode> function) {
    return (parameters, context) ->
        CompletableFuture.completedFuture(TaskResult.success(function.apply(parameters)));
  }
}
