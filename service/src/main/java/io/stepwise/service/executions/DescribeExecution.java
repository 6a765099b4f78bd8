package io.stepwise.service.executions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.redrive.RedriveEligibility;
import io.stepwise.service.shape.Inputs;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.ExecutionStore;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * DescribeExecution, from the execution's stored row, or, for a child execution of a Map Run, from
 * its parent's history ({@link MapRunExecutions}).
 */
final class DescribeExecution implements ApiOperation {
  private final ExecutionStore executions;
  private final MapRunExecutions mapRuns;
  private final LongSupplier now;

  /**
   * @param now the time on the clock that dates executions, which says whether one may still be
   *     redriven
   */
  DescribeExecution(ExecutionStore executions, MapRunExecutions mapRuns, LongSupplier now) {
    this.executions = executions;
    this.mapRuns = mapRuns;
    this.now = now;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    return ExecutionLookup.execution(
            executions, Inputs.required(input, "executionArn"), mapRuns::child)
        .map(row -> row.mapRunArn() == null ? describe(row) : describeChild(row));
  }

  private JsonNode describe(ExecutionRecord row) {
    return ExecutionJson.describe(
        row, RedriveEligibility.reasonAgainst(executions, row, now.getAsLong()));
  }

  /**
   * A child execution of a Map Run: one that failed or was aborted is redriven by redriving its
   * parent, which runs its Map Run again.
   */
  private static JsonNode describeChild(ExecutionRecord row) {
    boolean unsuccessful =
        row.status() == ExecutionStatus.FAILED || row.status() == ExecutionStatus.ABORTED;
    if (unsuccessful) {
      return ExecutionJson.describe(row, Optional.empty())
          .put("redriveStatus", "REDRIVABLE_BY_MAP_RUN");
    }
    return ExecutionJson.describe(
        row, Optional.of("Execution is " + row.status().name() + " and cannot be redriven"));
  }
}
