package io.stepwise.service.lambda;

import io.stepwise.tasks.functions.InvocationResult;

/** What an accepted Invoke call did. */
public sealed interface InvokeOutcome {

  /** RequestResponse: the function ran and {@code result} is Returned or FunctionError. */
  record Completed(InvocationResult result) implements InvokeOutcome {}

  /** Event: the invocation was queued (HTTP 202). */
  record Queued() implements InvokeOutcome {}

  /** DryRun: the request would have been accepted (HTTP 204). */
  record Validated() implements InvokeOutcome {}
}
