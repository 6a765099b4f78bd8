package io.stepwise.service.executions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.shape.Inputs;
import io.stepwise.store.ExecutionStore;

/** DescribeExecution, from the execution's stored row. */
final class DescribeExecution implements ApiOperation {
  private final ExecutionStore executions;

  DescribeExecution(ExecutionStore executions) {
    this.executions = executions;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    return ExecutionLookup.execution(executions, Inputs.required(input, "executionArn"))
        .map(ExecutionJson::describe);
  }
}
