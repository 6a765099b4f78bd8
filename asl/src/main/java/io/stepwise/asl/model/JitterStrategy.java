package io.stepwise.asl.model;

/** The {@code JitterStrategy} of a retrier. */
public enum JitterStrategy {
  NONE,
  FULL
}
