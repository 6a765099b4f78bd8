package io.stepwise.service.executions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.shape.Timestamps;

/**
 * StartExecution: starts a Standard execution durably (the answer comes once its first step is
 * committed) or an Express execution in memory, and answers with its ARN and start date.
 */
final class StartExecution implements ApiOperation {
  private final Starter starter;

  StartExecution(Starter starter) {
    this.starter = starter;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    return starter
        .check(input)
        .then(starter::start)
        .map(
            started -> {
              ObjectNode out =
                  JsonNodeFactory.instance
                      .objectNode()
                      .put("executionArn", started.execution().arn());
              return out.set("startDate", Timestamps.epochSeconds(started.execution().startDate()));
            });
  }
}
