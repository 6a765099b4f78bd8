package io.stepwise.service.machines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.arn.ArnParser;
import io.stepwise.service.arn.StateMachineVersionArn;
import io.stepwise.service.shape.Errors;
import io.stepwise.service.shape.Inputs;
import io.stepwise.store.AliasRecord;
import io.stepwise.store.MachineStore;
import java.util.List;

/**
 * DeleteStateMachineVersion. A version that an alias routes to cannot be deleted (ConflictException
 * naming the aliases); deleting a version that does not exist succeeds.
 */
final class DeleteStateMachineVersion implements ApiOperation {

  private final MachineStore machines;

  DeleteStateMachineVersion(MachineStore machines) {
    this.machines = machines;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    return ArnParser.parse(
            Inputs.required(input, "stateMachineVersionArn"), StateMachineVersionArn.class)
        .then(this::delete);
  }

  private ApiResult<JsonNode> delete(StateMachineVersionArn version) {
    String arn = version.toString();
    List<String> referencing =
        machines.aliases(version.stateMachine().toString()).stream()
            .filter(alias -> routesTo(alias, arn))
            .map(AliasRecord::name)
            .toList();
    if (!referencing.isEmpty()) {
      return Errors.conflict(
              "Version to be deleted must not be referenced by an alias. "
                  + "Current list of aliases referencing this version: "
                  + referencing)
          .asResult();
    }
    machines.deleteVersion(arn);
    return ApiResult.ok(JsonNodeFactory.instance.objectNode());
  }

  private static boolean routesTo(AliasRecord alias, String versionArn) {
    return alias.routing().stream().anyMatch(route -> route.versionArn().equals(versionArn));
  }
}
