package io.stepwise.service.machines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.arn.ArnParser;
import io.stepwise.service.arn.StateMachineArn;
import io.stepwise.service.shape.Inputs;
import io.stepwise.store.MachineStore;

/**
 * DeleteStateMachine: removes the machine with its versions, aliases and tags at once (AWS passes
 * through a DELETING status that callers cannot rely on). Deleting a machine that does not exist
 * succeeds, as on AWS.
 */
final class DeleteStateMachine implements ApiOperation {

  private final MachineStore machines;

  DeleteStateMachine(MachineStore machines) {
    this.machines = machines;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    return ArnParser.parse(Inputs.required(input, "stateMachineArn"), StateMachineArn.class)
        .map(
            arn -> {
              machines.deleteMachine(arn.toString());
              return JsonNodeFactory.instance.objectNode();
            });
  }
}
