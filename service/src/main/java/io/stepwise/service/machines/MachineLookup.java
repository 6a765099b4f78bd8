package io.stepwise.service.machines;

import io.stepwise.service.api.ApiResult;
import io.stepwise.service.arn.ArnParser;
import io.stepwise.service.arn.StateMachineArn;
import io.stepwise.service.shape.Errors;
import io.stepwise.store.MachineStore;
import io.stepwise.store.StateMachineRecord;

/** Finds the state machine that a request names by its unqualified ARN. */
public final class MachineLookup {

  private MachineLookup() {}

  /** The machine, InvalidArn for text that is not a machine ARN, or StateMachineDoesNotExist. */
  public static ApiResult<StateMachineRecord> machine(MachineStore machines, String arnText) {
    return ArnParser.parse(arnText, StateMachineArn.class)
        .then(arn -> existing(machines, arn.toString()));
  }

  static ApiResult<StateMachineRecord> existing(MachineStore machines, String arn) {
    return machines
        .machine(arn)
        .map(ApiResult::ok)
        .orElseGet(() -> Errors.machineDoesNotExist(arn).asResult());
  }
}
