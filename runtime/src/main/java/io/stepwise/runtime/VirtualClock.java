package io.stepwise.runtime;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A clock that moves only when told to, and never backwards: the in-memory runtime moves it to the
 * next timer when nothing else is left to do; a test moves the durable runtime's, whose timer
 * scheduler listens so that timers due by then fire at once. A clock made by {@link #skippingWaits}
 * is moved by the durable runtime itself, to its next timer, whenever it has nothing else to do.
 */
public final class VirtualClock implements RuntimeClock {
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private final boolean skipsWaits;
  private long millis;

  /** A clock that only its owner moves. */
  public VirtualClock(long startMillis) {
    this(startMillis, false);
  }

  private VirtualClock(long startMillis, boolean skipsWaits) {
    this.millis = startMillis;
    this.skipsWaits = skipsWaits;
  }

  /**
   * A clock that the durable runtime moves to its next timer whenever no step, task or timer is in
   * progress, so that a Wait of an hour ends as soon as nothing else is left to do.
   */
  public static VirtualClock skippingWaits(long startMillis) {
    return new VirtualClock(startMillis, true);
  }

  /** Whether the durable runtime moves this clock to its next timer when it is idle. */
  public boolean skipsWaits() {
    return skipsWaits;
  }

  @Override
  public synchronized long millis() {
    return millis;
  }

  @Override
  public boolean isVirtual() {
    return true;
  }

  @Override
  public void advanceTo(long target) {
    synchronized (this) {
      millis = Math.max(millis, target);
    }
    listeners.forEach(Runnable::run);
  }

  public void advanceBy(Duration duration) {
    advanceTo(millis() + duration.toMillis());
  }

  /** Runs {@code listener} after every move of the clock. */
  public void onAdvance(Runnable listener) {
    listeners.add(listener);
  }
}
