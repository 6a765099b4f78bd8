package io.stepwise.store;

/** The status of a state machine, as DescribeStateMachine reports it. */
public enum StateMachineStatus {
  ACTIVE,
  DELETING
}
