package io.stepwise.service.machines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.arn.ArnParser;
import io.stepwise.service.arn.ArnType;
import io.stepwise.service.arn.StateMachineArn;
import io.stepwise.service.arn.StatesArn;
import io.stepwise.service.shape.Errors;
import io.stepwise.service.shape.Inputs;
import io.stepwise.service.shape.Timestamps;
import io.stepwise.store.MachineStore;
import io.stepwise.store.StateMachineRecord;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * UpdateStateMachine: a new revision of the definition and configuration, optionally published. A
 * version or alias ARN names no machine that can be updated: StateMachineDoesNotExist, as on AWS.
 */
final class UpdateStateMachine implements ApiOperation {

  private static final List<String> UPDATABLE =
      List.of("definition", "roleArn", "loggingConfiguration", "tracingConfiguration");

  private static final Set<ArnType> MACHINE_KINDS =
      Set.of(ArnType.STATE_MACHINE, ArnType.STATE_MACHINE_VERSION, ArnType.STATE_MACHINE_ALIAS);

  private final MachineStore machines;
  private final Clock clock;

  UpdateStateMachine(MachineStore machines, Clock clock) {
    this.machines = machines;
    this.clock = clock;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    Optional<ApiError> invalid =
        nothingToUpdate(input).or(() -> VersionRules.descriptionWithoutPublish(input));
    if (invalid.isPresent()) {
      return invalid.get().asResult();
    }
    String text = Inputs.required(input, "stateMachineArn");
    return ArnParser.parse(text, MACHINE_KINDS)
        .then(arn -> unqualified(arn, text))
        .then(arn -> MachineLookup.existing(machines, arn.toString()))
        .then(
            machine ->
                MachineSettings.read(input, machine.type(), MachineSettings.of(machine))
                    .map(settings -> update(machine, settings, input)));
  }

  private static Optional<ApiError> nothingToUpdate(ObjectNode input) {
    return UPDATABLE.stream().anyMatch(member -> Inputs.member(input, member).isPresent())
        ? Optional.empty()
        : Optional.of(
            Errors.missingParameter(
                "Either the definition, the role ARN, the LoggingConfiguration, "
                    + "or the TracingConfiguration must be specified"));
  }

  private static ApiResult<StateMachineArn> unqualified(StatesArn arn, String text) {
    return switch (arn) {
      case StateMachineArn machine -> ApiResult.ok(machine);
      default -> Errors.machineDoesNotExist(text).<StateMachineArn>asResult();
    };
  }

  private JsonNode update(StateMachineRecord machine, MachineSettings settings, ObjectNode input) {
    long now = clock.millis();
    StateMachineRecord updated =
        settings.toRecord(
            machine.arn(),
            machine.name(),
            machine.type(),
            machine.creationDate(),
            Revisions.next());
    machines.updateMachine(updated);
    ObjectNode out = JsonNodeFactory.instance.objectNode().put("revisionId", updated.revisionId());
    out.set("updateDate", Timestamps.epochSeconds(now));
    if (Inputs.flag(input, "publish")) {
      String description = Inputs.text(input, "versionDescription").orElse(null);
      Publishing.publish(machines, updated, description, now)
          .ifPresent(version -> out.put("stateMachineVersionArn", version.arn()));
    }
    return out;
  }
}
