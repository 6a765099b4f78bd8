package io.stepwise.runtime;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A clock that moves only when told to, and never backwards: the in-memory runtime moves it to the
 * next timer when nothing else is left to do; a test (or a user who skips waits) moves the durable
 * runtime's, whose timer scheduler listens so that timers due by then fire at once.
 */
public final class VirtualClock implements RuntimeClock {
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private long millis;

  public VirtualClock(long startMillis) {
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
  public void onAdvance(Runnable listener) {
    listeners.add(listener);
  }
}
