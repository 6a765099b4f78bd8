package io.stepwise.service.aliases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.arn.ArnParser;
import io.stepwise.service.arn.StateMachineAliasArn;
import io.stepwise.service.shape.Inputs;
import io.stepwise.store.MachineStore;

/** DeleteStateMachineAlias; deleting an alias that does not exist succeeds, as on AWS. */
final class DeleteStateMachineAlias implements ApiOperation {

  private final MachineStore machines;

  DeleteStateMachineAlias(MachineStore machines) {
    this.machines = machines;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    return ArnParser.parse(
            Inputs.required(input, "stateMachineAliasArn"), StateMachineAliasArn.class)
        .map(
            arn -> {
              machines.deleteAlias(arn.toString());
              return JsonNodeFactory.instance.objectNode();
            });
  }
}
