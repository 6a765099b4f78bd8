package io.stepwise.runtime.durable;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts what the runtime is doing now: steps being decided and committed, tasks that have not
 * reported, timers being fired, executions being started. A clock that skips waits may only move
 * when the count is zero, since anything in progress may still set an earlier timer or read the
 * time.
 *
 * <p>Each unit of work calls {@link #begin} before it can hand on work of its own and {@link #end}
 * after it has, so that the count never drops to zero between a unit and the one it causes.
 */
final class InFlightWork {
  private final AtomicInteger count = new AtomicInteger();
  private volatile Runnable onIdle = () -> {};

  void begin() {
    count.incrementAndGet();
  }

  void end() {
    if (count.decrementAndGet() == 0) {
      onIdle.run();
    }
  }

  boolean isIdle() {
    return count.get() == 0;
  }

  /** Runs {@code listener} each time the count drops to zero. */
  void onIdle(Runnable listener) {
    this.onIdle = listener;
  }
}
