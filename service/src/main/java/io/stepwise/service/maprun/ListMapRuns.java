package io.stepwise.service.maprun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.executions.ExecutionLookup;
import io.stepwise.service.shape.Inputs;
import io.stepwise.service.shape.PageRequest;
import io.stepwise.service.shape.Pages;
import io.stepwise.store.ExecutionStore;

/** ListMapRuns: the Map Runs of an execution, in the order they started. */
final class ListMapRuns implements ApiOperation {
  private static final String LISTING = "mapRuns";

  private final ExecutionStore executions;
  private final MapRuns mapRuns;

  ListMapRuns(ExecutionStore executions, MapRuns mapRuns) {
    this.executions = executions;
    this.mapRuns = mapRuns;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    return ExecutionLookup.execution(executions, Inputs.required(input, "executionArn"))
        .then(
            execution ->
                PageRequest.of(input, LISTING)
                    .map(
                        page ->
                            Pages.output(
                                LISTING,
                                Pages.slice(mapRuns.of(execution), page),
                                MapRunJson::listItem)));
  }
}
