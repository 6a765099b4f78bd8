package io.stepwise.service.machines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.shape.Inputs;
import io.stepwise.service.shape.PageRequest;
import io.stepwise.service.shape.Pages;
import io.stepwise.store.MachineStore;

/** ListStateMachineVersions: a machine's versions, newest first. */
final class ListStateMachineVersions implements ApiOperation {

  private static final String LISTING = "stateMachineVersions";

  private final MachineStore machines;

  ListStateMachineVersions(MachineStore machines) {
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
                                machines.versions(
                                    machine.arn(), request.limit(), request.cursor().orElse(null)),
                                MachineJson::version)));
  }
}
