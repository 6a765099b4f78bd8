package io.stepwise.tasks.functions;

import java.util.concurrent.CompletionStage;

/**
 * Where Lambda tasks send their invocations: the {@link LocalFunctions} of this machine, or another
 * Lambda-compatible endpoint ({@code io.stepwise.tasks.lambda.RemoteFunctions}).
 */
public interface FunctionInvocations {

  /**
   * Invokes {@code function} (a name, a partial or full ARN, possibly with a {@code :qualifier})
   * with the JSON text {@code payload}; the stage completes with what the function returned or
   * raised, or with Lambda's refusal. It never completes exceptionally for a function's failure.
   */
  CompletionStage<InvocationResult> invoke(String function, String payload);
}
