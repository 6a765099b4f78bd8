package io.stepwise.service.machines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.shape.Errors;
import io.stepwise.service.shape.Inputs;
import io.stepwise.store.MachineStore;
import io.stepwise.store.StateMachineRecord;
import java.time.Clock;
import java.util.Optional;

/**
 * PublishStateMachineVersion. A {@code revisionId} that is not the machine's current one is a
 * ConflictException, so that callers publish exactly the revision they looked at.
 */
final class PublishStateMachineVersion implements ApiOperation {

  private final MachineStore machines;
  private final Clock clock;

  PublishStateMachineVersion(MachineStore machines, Clock clock) {
    this.machines = machines;
    this.clock = clock;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    Optional<String> expectedRevision = Inputs.text(input, "revisionId");
    String description = Inputs.text(input, "description").orElse(null);
    return MachineLookup.machine(machines, Inputs.required(input, "stateMachineArn"))
        .then(machine -> currentRevision(machine, expectedRevision))
        .then(machine -> publish(machine, description));
  }

  private static ApiResult<StateMachineRecord> currentRevision(
      StateMachineRecord machine, Optional<String> expected) {
    if (expected.isEmpty() || expected.get().equals(machine.revisionId())) {
      return ApiResult.ok(machine);
    }
    return Errors.conflict(
            "Failed to publish the State Machine version for revision "
                + expected.get()
                + ". The current State Machine revision is "
                + machine.revisionId()
                + ".")
        .asResult();
  }

  private ApiResult<JsonNode> publish(StateMachineRecord machine, String description) {
    return Publishing.publish(machines, machine, description, clock.millis())
        .<ApiResult<JsonNode>>map(version -> ApiResult.ok(MachineJson.version(version)))
        .orElseGet(() -> Errors.machineDoesNotExist(machine.arn()).asResult());
  }
}
