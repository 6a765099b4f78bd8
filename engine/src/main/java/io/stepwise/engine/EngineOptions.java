package io.stepwise.engine;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * What an engine is given from outside.
 *
 * @param jitter random numbers in [0, 1) for retriers with {@code JitterStrategy: FULL}
 * @param inspector sees the steps of each state's data flow ({@link Inspector#NONE} but in tests of
 *     one state)
 */
public record EngineOptions(DoubleSupplier jitter, Inspector inspector) {

  /** Options with {@code jitter} that inspect nothing. */
  public EngineOptions(DoubleSupplier jitter) {
    this(jitter, Inspector.NONE);
  }

  /** Options whose jitter comes from the calling thread's random generator. */
  public static EngineOptions defaults() {
    return new EngineOptions(() -> ThreadLocalRandom.current().nextDouble());
  }
}
