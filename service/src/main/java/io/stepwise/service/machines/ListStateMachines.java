package io.stepwise.service.machines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.arn.ArnScope;
import io.stepwise.service.arn.StateMachineArn;
import io.stepwise.service.shape.PageRequest;
import io.stepwise.service.shape.Pages;
import io.stepwise.store.MachineStore;
import io.stepwise.store.Page;
import io.stepwise.store.StateMachineRecord;

/** ListStateMachines: the machines of the caller's region and account, oldest first. */
final class ListStateMachines implements ApiOperation {

  private static final String LISTING = "stateMachines";

  private final MachineStore machines;

  ListStateMachines(MachineStore machines) {
    this.machines = machines;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    String prefix =
        new StateMachineArn(ArnScope.of(context.region(), context.accountId()), "").toString();
    return PageRequest.of(input, LISTING)
        .map(
            request -> {
              Page<StateMachineRecord> page =
                  machines.machines(prefix, request.limit(), request.cursor().orElse(null));
              return Pages.output(LISTING, page, MachineJson::listItem);
            });
  }
}
