package io.stepwise.service.arn;

/** {@code arn:aws:states:<region>:<account>:stateMachine:<name>:<version number>}. */
public record StateMachineVersionArn(ArnScope scope, String machineName, long version)
    implements StatesArn {

  @Override
  public ArnType type() {
    return ArnType.STATE_MACHINE_VERSION;
  }

  public StateMachineArn stateMachine() {
    return new StateMachineArn(scope, machineName);
  }

  @Override
  public String toString() {
    return scope.prefix() + "stateMachine:" + machineName + ":" + version;
  }
}
