package io.stepwise.engine;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * What an engine is given from outside.
 *
 * @param jitter random numbers in [0, 1) for retriers with {@code JitterStrategy: FULL}
 */
public record EngineOptions(DoubleSupplier jitter) {

  /** Options whose jitter comes from the calling thread's random generator. */
  public static EngineOptions defaults() {
    return new EngineOptions(() -> ThreadLocalRandom.current().nextDouble());
  }
}
