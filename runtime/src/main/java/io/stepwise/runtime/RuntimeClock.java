package io.stepwise.runtime;

/**
 * The time an in-memory runtime gives its engine. A virtual clock jumps to the next timer when
 * nothing else is left to do, so a one-year Wait ends at once; the system clock makes the caller of
 * a synchronous run wait for real.
 */
public interface RuntimeClock {

  /** The current time in epoch milliseconds. */
  long millis();

  /** Whether time stands still until {@link #advanceTo} moves it. */
  boolean isVirtual();

  /** Moves a virtual clock forward to {@code millis}; the system clock ignores it. */
  void advanceTo(long millis);

  /** A virtual clock that starts at {@code startMillis}. */
  static RuntimeClock virtual(long startMillis) {
    return new VirtualClock(startMillis);
  }

  /** The system clock. */
  static RuntimeClock system() {
    return SystemClock.INSTANCE;
  }
}
