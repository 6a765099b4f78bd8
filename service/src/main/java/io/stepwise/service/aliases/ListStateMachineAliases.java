package io.stepwise.service.aliases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.machines.MachineLookup;
import io.stepwise.service.shape.Inputs;
import io.stepwise.service.shape.PageRequest;
import io.stepwise.service.shape.Pages;
import io.stepwise.store.MachineStore;

/** ListStateMachineAliases: a machine's aliases, oldest first. */
final class ListStateMachineAliases implements ApiOperation {

  private static final String LISTING = "stateMachineAliases";

  private final MachineStore machines;

  ListStateMachineAliases(MachineStore machines) {
    this.machines = machines;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    return MachineLookup.machine(machines, Inputs.required(input, "stateMachineArn"))
        .then(
            machine ->
                PageRequest.of(input, LISTING)
                    .map(
                        request ->
                            Pages.output(
                                LISTING,
                                Pages.slice(machines.aliases(machine.arn()), request),
                                AliasJson::summary)));
  }
}
