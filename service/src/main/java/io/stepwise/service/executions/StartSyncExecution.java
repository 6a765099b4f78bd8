package io.stepwise.service.executions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.store.StateMachineType;

/** StartSyncExecution: runs an Express execution and answers when it has ended. */
final class StartSyncExecution implements ApiOperation {
  private final Starter starter;

  StartSyncExecution(Starter starter) {
    this.starter = starter;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    return starter
        .check(input)
        .then(
            checked ->
                checked.target().machine().type() == StateMachineType.EXPRESS
                    ? starter.start(checked)
                    : ExecutionErrors.typeNotSupported().asResult())
        .map(started -> ExecutionJson.sync(started.completion().join()));
  }
}
