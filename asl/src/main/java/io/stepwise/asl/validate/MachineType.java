package io.stepwise.asl.validate;

/**
 * The type of the state machine a definition is validated for. Express state machines reject some
 * resources (activities, {@code .sync} and {@code .waitForTaskToken} integrations) that Standard
 * state machines accept.
 */
public enum MachineType {
  STANDARD,
  EXPRESS
}
