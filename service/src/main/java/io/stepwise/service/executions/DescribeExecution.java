package io.stepwise.service.executions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.redrive.RedriveEligibility;
import io.stepwise.service.shape.Inputs;
import io.stepwise.store.ExecutionStore;
import java.util.function.LongSupplier;

/** DescribeExecution, from the execution's stored row. */
final class DescribeExecution implements ApiOperation {
  private final ExecutionStore executions;
  private final LongSupplier now;

  /**
   * @param now the time on the clock that dates executions, which says whether one may still be
   *     redriven
   */
  DescribeExecution(ExecutionStore executions, LongSupplier now) {
    this.executions = executions;
    this.now = now;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    return ExecutionLookup.execution(executions, Inputs.required(input, "executionArn"))
        .map(
            row ->
                ExecutionJson.describe(
                    row, RedriveEligibility.reasonAgainst(executions, row, now.getAsLong())));
  }
}
