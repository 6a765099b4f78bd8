package io.stepwise.runtime.durable;

import io.stepwise.store.ExecutionRecord;
import java.util.concurrent.CompletableFuture;

/** What {@link DurableRuntime#start} did. */
public sealed interface StartOutcome {

  /**
   * The execution started; its first step is committed.
   *
   * @param execution the execution's row as created
   * @param completion completes with the final row when the execution ends
   */
  record Started(ExecutionRecord execution, CompletableFuture<ExecutionRecord> completion)
      implements StartOutcome {}

  /** Nothing started: the machine has an execution of that name already. */
  record NameTaken(ExecutionRecord existing) implements StartOutcome {}
}
