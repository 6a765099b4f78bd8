package io.stepwise.service.arn;

/**
 * {@code arn:aws:states:<region>:<account>:express:<machine name>:<execution name>:<uuid>}: the ARN
 * of an Express execution, whose name alone need not be unique.
 */
public record ExpressExecutionArn(
    ArnScope scope, String machineName, String executionName, String uuid) implements StatesArn {

  @Override
  public ArnType type() {
    return ArnType.EXPRESS_EXECUTION;
  }

  public StateMachineArn stateMachine() {
    return new StateMachineArn(scope, machineName);
  }

  @Override
  public String toString() {
    return scope.prefix() + "express:" + machineName + ":" + executionName + ":" + uuid;
  }
}
