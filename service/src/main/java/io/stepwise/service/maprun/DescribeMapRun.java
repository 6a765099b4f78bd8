package io.stepwise.service.maprun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.shape.Inputs;
import java.util.List;

/**
 * DescribeMapRun, from the history and journal of the execution that ran the Map Run: its counts
 * are those of the child executions that ListExecutions lists, live while it runs.
 */
final class DescribeMapRun implements ApiOperation {
  private final MapRuns mapRuns;

  DescribeMapRun(MapRuns mapRuns) {
    this.mapRuns = mapRuns;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    return mapRuns.find(Inputs.required(input, "mapRunArn")).map(this::describe);
  }

  private JsonNode describe(MapRunRecord run) {
    List<MapRunChild> children = mapRuns.children(run);
    return MapRunJson.describe(
        run, MapRunCounts.items(run, children), MapRunCounts.executions(run, children));
  }
}
