package io.stepwise.service.arn;

/** {@code arn:aws:states:<region>:<account>:stateMachine:<name>}. */
public record StateMachineArn(ArnScope scope, String name) implements StatesArn {

  @Override
  public ArnType type() {
    return ArnType.STATE_MACHINE;
  }

  public StateMachineVersionArn version(long version) {
    return new StateMachineVersionArn(scope, name, version);
  }

  public StateMachineAliasArn alias(String aliasName) {
    return new StateMachineAliasArn(scope, name, aliasName);
  }

  public ExecutionArn execution(String executionName) {
    return new ExecutionArn(scope, name, executionName);
  }

  @Override
  public String toString() {
    return scope.prefix() + "stateMachine:" + name;
  }
}
