package io.stepwise.service.machines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.arn.ArnScope;
import io.stepwise.service.arn.StateMachineArn;
import io.stepwise.service.name.ResourceNames;
import io.stepwise.service.shape.Errors;
import io.stepwise.service.shape.Inputs;
import io.stepwise.service.shape.Timestamps;
import io.stepwise.service.tags.TagLimits;
import io.stepwise.store.StateMachineRecord;
import io.stepwise.store.StateMachineType;
import io.stepwise.store.Store;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * CreateStateMachine. Creating a machine that exists with the same definition and configuration
 * answers with the existing machine, as on AWS; with another one it is StateMachineAlreadyExists.
 */
final class CreateStateMachine implements ApiOperation {

  private final Store store;
  private final Clock clock;

  CreateStateMachine(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    String name = Inputs.required(input, "name");
    Optional<ApiError> invalid =
        ResourceNames.check(name).or(() -> VersionRules.descriptionWithoutPublish(input));
    if (invalid.isPresent()) {
      return invalid.get().asResult();
    }
    StateMachineType type =
        Inputs.text(input, "type").map(StateMachineType::valueOf).orElse(StateMachineType.STANDARD);
    String arn =
        new StateMachineArn(ArnScope.of(context.region(), context.accountId()), name).toString();
    Map<String, String> tags = Inputs.tags(input.path("tags"));
    return MachineSettings.read(input, type, MachineSettings.NONE)
        .then(settings -> TagLimits.check(arn, Map.of(), tags).map(ok -> settings))
        .then(settings -> create(arn, name, type, settings, tags, input));
  }

  private ApiResult<JsonNode> create(
      String arn,
      String name,
      StateMachineType type,
      MachineSettings settings,
      Map<String, String> tags,
      ObjectNode input) {
    long now = clock.millis();
    String revision = Revisions.initial(arn, now, settings.definition());
    StateMachineRecord machine = settings.toRecord(arn, name, type, now, revision);
    if (!store.machines().createMachine(machine)) {
      return existing(arn, type, settings);
    }
    if (!tags.isEmpty()) {
      store.tags().tag(arn, tags);
    }
    ObjectNode out = created(machine);
    if (Inputs.flag(input, "publish")) {
      String description = Inputs.text(input, "versionDescription").orElse(null);
      Publishing.publish(store.machines(), machine, description, now)
          .ifPresent(version -> out.put("stateMachineVersionArn", version.arn()));
    }
    return ApiResult.ok(out);
  }

  private ApiResult<JsonNode> existing(
      String arn, StateMachineType type, MachineSettings settings) {
    return store
        .machines()
        .machine(arn)
        .filter(
            machine ->
                machine.type() == type && MachineSettings.of(machine).sameConfiguration(settings))
        .<ApiResult<JsonNode>>map(machine -> ApiResult.ok(created(machine)))
        .orElseGet(() -> Errors.machineAlreadyExists(arn).asResult());
  }

  private static ObjectNode created(StateMachineRecord machine) {
    ObjectNode out = JsonNodeFactory.instance.objectNode().put("stateMachineArn", machine.arn());
    return out.set("creationDate", Timestamps.epochSeconds(machine.creationDate()));
  }
}
