package io.stepwise.service.arn;

/** The kinds of Step Functions ARN, with the resource type word that each carries. */
public enum ArnType {
  STATE_MACHINE("stateMachine"),
  STATE_MACHINE_VERSION("stateMachine"),
  STATE_MACHINE_ALIAS("stateMachine"),
  EXECUTION("execution"),
  EXPRESS_EXECUTION("express"),
  ACTIVITY("activity"),
  MAP_RUN("mapRun");

  private final String resourceType;

  ArnType(String resourceType) {
    this.resourceType = resourceType;
  }

  /** The word after the account in the ARN, e.g. {@code stateMachine}. */
  public String resourceType() {
    return resourceType;
  }
}
