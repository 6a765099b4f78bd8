package io.stepwise.service.maprun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.shape.Inputs;

/** DescribeMapRun, from the history of the execution that ran the Map Run. */
final class DescribeMapRun implements ApiOperation {
  private final MapRuns mapRuns;

  DescribeMapRun(MapRuns mapRuns) {
    this.mapRuns = mapRuns;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    return mapRuns.find(Inputs.required(input, "mapRunArn")).map(MapRunJson::describe);
  }
}
