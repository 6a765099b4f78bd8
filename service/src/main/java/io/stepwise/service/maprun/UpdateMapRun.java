package io.stepwise.service.maprun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.engine.Command;
import io.stepwise.runtime.durable.DurableRuntime;
import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.shape.Inputs;

/**
 * UpdateMapRun: a running Map Run takes a new MaxConcurrency and failure tolerance; its execution
 * starts more child executions at once if the new limit allows, and fails the run at once if the
 * failures so far exceed the new tolerance. The server has checked the values' ranges against the
 * service model.
 */
final class UpdateMapRun implements ApiOperation {
  private final MapRuns mapRuns;
  private final DurableRuntime runtime;

  UpdateMapRun(MapRuns mapRuns, DurableRuntime runtime) {
    this.mapRuns = mapRuns;
    this.runtime = runtime;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    Command.UpdateMapRun update =
        new Command.UpdateMapRun(
            Inputs.required(input, "mapRunArn"),
            input.hasNonNull("maxConcurrency") ? input.get("maxConcurrency").asInt() : null,
            input.hasNonNull("toleratedFailureCount")
                ? input.get("toleratedFailureCount").asLong()
                : null,
            input.hasNonNull("toleratedFailurePercentage")
                ? input.get("toleratedFailurePercentage").asDouble()
                : null);
    return mapRuns.find(update.mapRunArn()).then(run -> update(run, update));
  }

  private ApiResult<JsonNode> update(MapRunRecord run, Command.UpdateMapRun update) {
    boolean running =
        run.status().equals("RUNNING") && runtime.updateMapRun(run.executionArn(), update);
    if (!running) {
      return ApiError.validation("Map Run is not running: '" + run.mapRunArn() + "'").asResult();
    }
    return ApiResult.ok(JsonNodeFactory.instance.objectNode());
  }
}
