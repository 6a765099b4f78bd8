package io.stepwise.runtime.durable;

import io.stepwise.runtime.RuntimeClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A clock that moves only when a test (or a user who skips waits) moves it, and tells the durable
 * runtime's timer scheduler when it does, so that timers due by then fire at once.
 */
public final class ManualClock implements RuntimeClock {
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private long millis;

  public ManualClock(long startMillis) {
    this.millis = startMillis;
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
  void onAdvance(Runnable listener) {
    listeners.add(listener);
  }
}
