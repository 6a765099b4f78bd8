package io.stepwise.service.aliases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.shape.Errors;
import io.stepwise.service.shape.Inputs;
import io.stepwise.store.AliasRecord;
import io.stepwise.store.MachineStore;
import java.time.Clock;
import java.util.Objects;

/**
 * CreateStateMachineAlias. The alias belongs to the machine of the versions it routes to. Creating
 * an alias again with the same description and routing answers with the existing alias; with others
 * it is a ConflictException, as on AWS.
 */
final class CreateStateMachineAlias implements ApiOperation {

  private final MachineStore machines;
  private final Clock clock;

  CreateStateMachineAlias(MachineStore machines, Clock clock) {
    this.machines = machines;
    this.clock = clock;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    String name = Inputs.required(input, "name");
    String description = Inputs.text(input, "description").orElse(null);
    return Routing.read(input.path("routingConfiguration"), machines)
        .then(
            routing -> {
              AliasRecord alias =
                  new AliasRecord(
                      routing.machine().alias(name).toString(),
                      routing.machine().toString(),
                      name,
                      description,
                      routing.routes(),
                      clock.millis(),
                      null);
              return machines.createAlias(alias)
                  ? ApiResult.ok(AliasJson.summary(alias))
                  : existing(alias);
            });
  }

  private ApiResult<JsonNode> existing(AliasRecord wanted) {
    return machines
        .alias(wanted.arn())
        .filter(alias -> Objects.equals(alias.description(), wanted.description()))
        .filter(alias -> alias.routing().equals(wanted.routing()))
        .<ApiResult<JsonNode>>map(alias -> ApiResult.ok(AliasJson.summary(alias)))
        .orElseGet(
            () ->
                Errors.conflict(
                        "Failed to create alias because an alias with the same name and a "
                            + "different routing configuration already exists.")
                    .asResult());
  }
}
