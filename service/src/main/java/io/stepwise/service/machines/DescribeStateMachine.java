package io.stepwise.service.machines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.arn.ArnParser;
import io.stepwise.service.arn.ArnType;
import io.stepwise.service.arn.StatesArn;
import io.stepwise.service.shape.Errors;
import io.stepwise.service.shape.Inputs;
import io.stepwise.store.MachineStore;
import java.util.Optional;
import java.util.Set;

/** DescribeStateMachine, for a machine or one of its versions. */
final class DescribeStateMachine implements ApiOperation {

  private static final Set<ArnType> DESCRIBABLE =
      Set.of(ArnType.STATE_MACHINE, ArnType.STATE_MACHINE_VERSION);

  private final MachineStore machines;

  DescribeStateMachine(MachineStore machines) {
    this.machines = machines;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    String text = Inputs.required(input, "stateMachineArn");
    return ArnParser.parse(text, DESCRIBABLE).then(arn -> describe(arn, text));
  }

  private ApiResult<JsonNode> describe(StatesArn arn, String text) {
    Optional<ObjectNode> described =
        arn.type() == ArnType.STATE_MACHINE
            ? machines.machine(arn.toString()).map(MachineJson::describe)
            : machines.version(arn.toString()).map(MachineJson::describe);
    return described
        .<ApiResult<JsonNode>>map(ApiResult::ok)
        .orElseGet(() -> Errors.machineDoesNotExist(text).asResult());
  }
}
