package io.stepwise.engine;

/**
 * Who an execution is: the values of {@code $$.Execution} and {@code $$.StateMachine} that do not
 * change while it runs.
 */
public record ExecutionIdentity(
    String executionArn,
    String executionName,
    String stateMachineArn,
    String stateMachineName,
    String roleArn,
    String region) {

  /** An identity in the given region and account for a machine and an execution name. */
  public static ExecutionIdentity local(String stateMachineName, String executionName) {
    String prefix = "arn:aws:states:us-east-1:123456789012:";
    return new ExecutionIdentity(
        prefix + "execution:" + stateMachineName + ":" + executionName,
        executionName,
        prefix + "stateMachine:" + stateMachineName,
        stateMachineName,
        "arn:aws:iam::123456789012:role/stepwise",
        "us-east-1");
  }
}
