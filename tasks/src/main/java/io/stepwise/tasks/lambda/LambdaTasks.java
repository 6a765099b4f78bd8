package io.stepwise.tasks.lambda;

import io.stepwise.runtime.TaskRegistry;
import io.stepwise.tasks.functions.FunctionInvocations;
import io.stepwise.tasks.functions.LocalFunctions;

/**
 * Registers the Lambda task invokers into a {@link TaskRegistry}: {@code
 * arn:aws:states:::lambda:invoke}, and every function ARN of the legacy form ({@code
 * arn:aws:lambda:...:function:<name>[:qualifier]}), sent to the local functions or to a remote
 * Lambda endpoint. A function that does not exist (or a qualifier it lacks) then fails its task
 * with Lambda.ResourceNotFoundException, as on AWS.
 */
public final class LambdaTasks {
  /** The start of every Lambda function ARN (in the aws partition). */
  static final String FUNCTION_ARN_PREFIX = "arn:aws:lambda:";

  private LambdaTasks() {}

  /** Sends every Lambda task to the local {@code functions}. */
  public static TaskRegistry register(TaskRegistry tasks, LocalFunctions functions) {
    return registerAll(tasks, functions);
  }

  /** Sends every Lambda task to {@code remote} instead of the local functions. */
  public static TaskRegistry registerRemote(TaskRegistry tasks, RemoteFunctions remote) {
    return registerAll(tasks, remote);
  }

  private static TaskRegistry registerAll(TaskRegistry tasks, FunctionInvocations functions) {
    tasks.register(LambdaInvokeIntegration.RESOURCE, new LambdaInvokeIntegration(functions));
    tasks.registerPrefix(FUNCTION_ARN_PREFIX, new LambdaFunctionInvoker(functions));
    return tasks;
  }
}
