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

  /**
   * Whether this is an Express execution, whose ARN has the resource type {@code express} ({@code
   * arn:aws:states:<region>:<account>:express:<machine>:<name>:<id>}). Names cannot hold a colon,
   * so the sixth field of the ARN is its resource type.
   */
  public boolean isExpress() {
    return executionArn.startsWith("express:", resourceTypeOffset());
  }

  private int resourceTypeOffset() {
    int offset = 0;
    for (int field = 0; field < 5; field++) {
      offset = executionArn.indexOf(':', offset) + 1;
    }
    return offset;
  }

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
