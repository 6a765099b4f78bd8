package io.stepwise.service.arn;

/** {@code arn:aws:states:<region>:<account>:activity:<name>}. */
public record ActivityArn(ArnScope scope, String name) implements StatesArn {

  @Override
  public ArnType type() {
    return ArnType.ACTIVITY;
  }

  @Override
  public String toString() {
    return scope.prefix() + "activity:" + name;
  }
}
