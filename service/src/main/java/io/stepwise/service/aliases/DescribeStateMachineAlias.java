package io.stepwise.service.aliases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.shape.Inputs;
import io.stepwise.store.MachineStore;

/** DescribeStateMachineAlias. */
final class DescribeStateMachineAlias implements ApiOperation {

  private final MachineStore machines;

  DescribeStateMachineAlias(MachineStore machines) {
    this.machines = machines;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    return AliasLookup.alias(machines, Inputs.required(input, "stateMachineAliasArn"))
        .map(AliasJson::describe);
  }
}
