package io.stepwise.service.executions;

import io.stepwise.runtime.durable.DurableRuntime;
import io.stepwise.service.api.OperationRegistry;
import io.stepwise.service.redrive.RedriveExecution;
import io.stepwise.store.Store;
import io.stepwise.tasks.executions.ChildExecutions;

/** Registers the operations on executions, which the durable runtime runs. */
public final class ExecutionOperations {

  private ExecutionOperations() {}

  /**
   * Registers them; {@code mapRuns} answers for the child executions of Map Runs, which have no
   * rows of their own.
   */
  public static void register(
      OperationRegistry.Builder registry,
      Store store,
      DurableRuntime runtime,
      MapRunExecutions mapRuns) {
    Starter starter = new Starter(store.machines(), runtime);
    registry
        .register("StartExecution", new StartExecution(starter))
        .register("StartSyncExecution", new StartSyncExecution(starter))
        .register("StopExecution", new StopExecution(store.executions(), runtime))
        .register("RedriveExecution", new RedriveExecution(store.executions(), runtime))
        .register(
            "DescribeExecution", new DescribeExecution(store.executions(), mapRuns, runtime::now))
        .register("ListExecutions", new ListExecutions(store, mapRuns))
        .register("GetExecutionHistory", new GetExecutionHistory(store.executions()))
        .register("DescribeStateMachineForExecution", new DescribeStateMachineForExecution(store));
  }

  /** The executions that Task states start, checked and started as StartExecution does. */
  public static ChildExecutions children(Store store, DurableRuntime runtime) {
    return new ChildStarter(new Starter(store.machines(), runtime), store.executions(), runtime);
  }
}
