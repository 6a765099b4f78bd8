package io.stepwise.service;

import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.durable.DurableRuntime;
import io.stepwise.service.api.OperationRegistry;
import io.stepwise.service.callbacks.CallbackOperations;
import io.stepwise.service.executions.ExecutionOperations;
import io.stepwise.service.maprun.MapRunOperations;
import io.stepwise.service.teststate.TestState;
import io.stepwise.store.Store;
import java.time.Clock;

/**
 * Every operation of the Step Functions API that Stepwise answers, on one store and one runtime:
 * what a server registers.
 */
public final class StepFunctionsApi {

  private StepFunctionsApi() {}

  /**
   * The operations on {@code store}, whose executions {@code runtime} runs; TestState reaches the
   * tasks of {@code tasks}, the runtime's own.
   */
  public static OperationRegistry build(
      Store store, DurableRuntime runtime, TaskRegistry tasks, Clock clock) {
    OperationRegistry.Builder registry = OperationRegistry.builder();
    ResourceOperations.register(registry, store, clock);
    ExecutionOperations.register(
        registry, store, runtime, MapRunOperations.childExecutions(store.executions(), runtime));
    MapRunOperations.register(registry, store.executions(), runtime);
    CallbackOperations.register(registry, store, runtime, CallbackOperations.POLL);
    registry.register("TestState", new TestState(tasks));
    return registry.build();
  }
}
