package io.stepwise.tasks.lambda;

import io.stepwise.runtime.TaskRegistry;
import io.stepwise.tasks.functions.FunctionConfiguration;
import io.stepwise.tasks.functions.LocalFunctions;

/**
 * Registers the Lambda task invokers of local functions into a {@link TaskRegistry}: {@code
 * arn:aws:states:::lambda:invoke}, and each function's ARN (bare and {@code :$LATEST}) for the
 * legacy resource form.
 */
public final class LambdaTasks {
  private LambdaTasks() {}

  /** Registers the integration and every function the registry of {@code functions} holds now. */
  public static TaskRegistry register(TaskRegistry tasks, LocalFunctions functions) {
    tasks.register(LambdaInvokeIntegration.RESOURCE, new LambdaInvokeIntegration(functions));
    functions.registry().list().forEach(function -> registerFunction(tasks, functions, function));
    return tasks;
  }

  /**
   * Registers one function's ARNs; CreateFunction calls it. The registration outlives the function:
   * once deleted, its tasks fail with Lambda.ResourceNotFoundException as on AWS.
   */
  public static void registerFunction(
      TaskRegistry tasks, LocalFunctions functions, FunctionConfiguration function) {
    LambdaFunctionInvoker invoker = new LambdaFunctionInvoker(functions);
    tasks.register(function.arn(), invoker);
    tasks.register(function.arn() + ":$LATEST", invoker);
  }
}
