package io.stepwise.service.aliases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.shape.Errors;
import io.stepwise.service.shape.Inputs;
import io.stepwise.service.shape.Timestamps;
import io.stepwise.store.AliasRecord;
import io.stepwise.store.AliasRoute;
import io.stepwise.store.MachineStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** UpdateStateMachineAlias: a new description or routing to versions of the alias's machine. */
final class UpdateStateMachineAlias implements ApiOperation {

  private final MachineStore machines;
  private final Clock clock;

  UpdateStateMachineAlias(MachineStore machines, Clock clock) {
    this.machines = machines;
    this.clock = clock;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    Optional<String> description = Inputs.text(input, "description");
    Optional<JsonNode> routing = Inputs.member(input, "routingConfiguration");
    if (description.isEmpty() && routing.isEmpty()) {
      return Errors.missingParameter(
              "Either the description or the RoutingConfiguration must be specified")
          .asResult();
    }
    return AliasLookup.alias(machines, Inputs.required(input, "stateMachineAliasArn"))
        .then(alias -> routes(alias, routing).map(routes -> update(alias, description, routes)));
  }

  private ApiResult<List<AliasRoute>> routes(AliasRecord alias, Optional<JsonNode> routing) {
    if (routing.isEmpty()) {
      return ApiResult.ok(alias.routing());
    }
    return Routing.read(routing.get(), machines)
        .then(
            read ->
                read.machine().toString().equals(alias.stateMachineArn())
                    ? ApiResult.ok(read.routes())
                    : ApiError.validation(
                            "Routing configuration must contain state machine version ARNs of "
                                + "the alias's state machine. Received: "
                                + read.routes().stream().map(AliasRoute::versionArn).toList())
                        .asResult());
  }

  private JsonNode update(
      AliasRecord alias, Optional<String> description, List<AliasRoute> routes) {
    long now = clock.millis();
    machines.updateAlias(
        new AliasRecord(
            alias.arn(),
            alias.stateMachineArn(),
            alias.name(),
            description.orElse(alias.description()),
            routes,
            alias.creationDate(),
            now));
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    return out.set("updateDate", Timestamps.epochSeconds(now));
  }
}
