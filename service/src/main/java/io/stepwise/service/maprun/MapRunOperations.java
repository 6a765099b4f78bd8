package io.stepwise.service.maprun;

import io.stepwise.runtime.durable.DurableRuntime;
import io.stepwise.service.api.OperationRegistry;
import io.stepwise.service.executions.MapRunExecutions;
import io.stepwise.store.ExecutionStore;

/** Registers the operations on the Map Runs of distributed Map states. */
public final class MapRunOperations {

  private MapRunOperations() {}

  public static void register(
      OperationRegistry.Builder registry, ExecutionStore executions, DurableRuntime runtime) {
    MapRuns mapRuns = new MapRuns(executions, runtime);
    registry
        .register("ListMapRuns", new ListMapRuns(executions, mapRuns))
        .register("DescribeMapRun", new DescribeMapRun(mapRuns))
        .register("UpdateMapRun", new UpdateMapRun(mapRuns, runtime));
  }

  /** The child executions of the Map Runs of {@code executions}' executions. */
  public static MapRunExecutions childExecutions(
      ExecutionStore executions, DurableRuntime runtime) {
    return new MapRunChildExecutions(new MapRuns(executions, runtime));
  }
}
