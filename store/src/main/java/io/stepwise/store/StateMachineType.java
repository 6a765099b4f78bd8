package io.stepwise.store;

/** The type of a state machine, fixed when it is created. */
public enum StateMachineType {
  STANDARD,
  EXPRESS
}
