package io.stepwise.service.arn;

/** {@code arn:aws:states:<region>:<account>:stateMachine:<name>:<alias name>}. */
public record StateMachineAliasArn(ArnScope scope, String machineName, String aliasName)
    implements StatesArn {

  @Override
  public ArnType type() {
    return ArnType.STATE_MACHINE_ALIAS;
  }

  public StateMachineArn stateMachine() {
    return new StateMachineArn(scope, machineName);
  }

  @Override
  public String toString() {
    return scope.prefix() + "stateMachine:" + machineName + ":" + aliasName;
  }
}
