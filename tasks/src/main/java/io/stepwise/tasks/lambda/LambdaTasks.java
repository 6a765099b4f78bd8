package io.stepwise.tasks.lambda;

import io.stepwise.runtime.TaskRegistry;
import io.stepwise.tasks.functions.FunctionConfiguration;
import io.stepwise.tasks.functions.LocalFunctions;

/**
 * Registers the Lambda task invokers into a {@link TaskRegistry}: {@code
 * arn:aws:states:::lambda:invoke}, and for the legacy resource form each local function's ARN (bare
 * and {@code :$LATEST}), or with a remote Lambda endpoint every function ARN.
 */
public final class LambdaTasks {
  /** The start of every Lambda function ARN (in the aws partition). */
  static final String FUNCTION_ARN_PREFIX = "arn:aws:lambda:";

  private LambdaTasks() {}

  /** Registers the integration and every function the registry of {@code functions} holds now. */
  public static TaskRegistry register(TaskRegistry tasks, LocalFunctions functions) {
    tasks.register(LambdaInvokeIntegration.RESOURCE, new LambdaInvokeIntegration(functions));
    functions.registry().list().forEach(function -> registerFunction(tasks, functions, function));
    return tasks;
  }

  /**
   * Sends every Lambda task to {@code remote} instead of the local functions: the integration, and
   * any {@code arn:aws:lambda:} function ARN of the legacy form.
   */
  public static TaskRegistry registerRemote(TaskRegistry tasks, RemoteFunctions remote) {
    tasks.register(LambdaInvokeIntegration.RESOURCE, new LambdaInvokeIntegration(remote));
    tasks.registerPrefix(FUNCTION_ARN_PREFIX, new LambdaFunctionInvoker(remote));
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
