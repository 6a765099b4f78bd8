package io.stepwise.tasks.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.runtime.TaskContext;
import io.stepwise.runtime.TaskInvoker;
import io.stepwise.runtime.TaskResult;
import io.stepwise.tasks.functions.FunctionInvocations;
import io.stepwise.tasks.functions.InvocationResult;
import java.util.concurrent.CompletionStage;

/**
 * The legacy Lambda task ({@code "Resource": "arn:aws:lambda:<region>:<account>:function:<name>"}):
 * the effective parameters are the function's event and its return value is the task's result.
 */
public final class LambdaFunctionInvoker implements TaskInvoker {
  private final FunctionInvocations functions;

  public LambdaFunctionInvoker(FunctionInvocations functions) {
    this.functions = functions;
  }

  @Override
  public CompletionStage<TaskResult> invoke(JsonNode parameters, TaskContext context) {
    return functions
        .invoke(context.resource(), parameters.toString())
        .thenApply(LambdaFunctionInvoker::result);
  }

  private static TaskResult result(InvocationResult result) {
    return switch (result) {
      case InvocationResult.Returned returned ->
          TaskResult.success(LambdaTaskErrors.parse(returned.payload()));
      case InvocationResult.FunctionError error -> LambdaTaskErrors.failure(error);
      case InvocationResult.Rejected rejected -> LambdaTaskErrors.failure(rejected);
    };
  }
}
