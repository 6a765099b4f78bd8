package io.stepwise.service.arn;

/** {@code arn:aws:states:<region>:<account>:execution:<machine name>:<execution name>}. */
public record ExecutionArn(ArnScope scope, String machineName, String executionName)
    implements StatesArn {

  @Override
  public ArnType type() {
    return ArnType.EXECUTION;
  }

  public StateMachineArn stateMachine() {
    return new StateMachineArn(scope, machineName);
  }

  @Override
  public String toString() {
    return scope.prefix() + "execution:" + machineName + ":" + executionName;
  }
}
