package io.stepwise.runtime.durable;

import io.stepwise.runtime.RuntimeClock;
import io.stepwise.runtime.VirtualClock;
import io.stepwise.store.TimerRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The timers of every execution in memory, ordered by due time, and the one thread that sleeps
 * until the earliest is due and then hands it on. A timer is an entry here and a row in the store,
 * never a sleeping thread: a Wait of a year costs one entry. An overdue timer (after a restart)
 * fires at once. On a clock that {@linkplain VirtualClock#skipsWaits skips waits}, the thread moves
 * the clock to the earliest timer as soon as no other work is in flight.
 */
final class TimerScheduler implements AutoCloseable {
  private static final Comparator<TimerRecord> DUE_ORDER =
      Comparator.comparingLong(TimerRecord::dueTime)
          .thenComparing(TimerRecord::executionArn)
          .thenComparingLong(TimerRecord::timerId);

  private record Key(String executionArn, long timerId) {}

  private final TreeSet<TimerRecord> byDue = new TreeSet<>(DUE_ORDER);
  private final Map<Key, TimerRecord> byKey = new HashMap<>();
  private final RuntimeClock clock;
  private final boolean skipsWaits;
  private final InFlightWork work;
  private final Consumer<TimerRecord> fire;
  private final Thread thread;
  private boolean closed;

  TimerScheduler(RuntimeClock clock, InFlightWork work, Consumer<TimerRecord> fire) {
    this.clock = clock;
    this.skipsWaits = clock instanceof VirtualClock virtual && virtual.skipsWaits();
    this.work = work;
    this.fire = fire;
    if (clock instanceof VirtualClock manual) {
      manual.onAdvance(this::wake);
    }
    if (skipsWaits) {
      // Only a clock that skips waits moves when work ends. On the system clock, waking the timer
      // thread each time the count of work drops to zero would make every finishing request
      // contend for this scheduler's lock for nothing.
      work.onIdle(this::wake);
    }
    this.thread = Thread.ofPlatform().daemon().name("stepwise-timers").start(this::run);
  }

  /** Adds a timer, replacing the execution's timer with the same id. */
  synchronized void arm(TimerRecord timer) {
    TimerRecord replaced = byKey.put(new Key(timer.executionArn(), timer.timerId()), timer);
    if (replaced != null) {
      byDue.remove(replaced);
    }
    byDue.add(timer);
    if (byDue.first() == timer) {
      notifyAll();
    }
  }

  synchronized void cancel(String executionArn, long timerId) {
    TimerRecord removed = byKey.remove(new Key(executionArn, timerId));
    if (removed != null) {
      byDue.remove(removed);
    }
  }

  synchronized int size() {
    return byDue.size();
  }

  synchronized void wake() {
    notifyAll();
  }

  private void run() {
    List<TimerRecord> due;
    while ((due = awaitDue()) != null) {
      try {
        due.forEach(fire);
      } finally {
        work.end();
      }
    }
  }

  /**
   * The timers due now, removed from the index and counted as work in flight until they are fired;
   * {@code null} once closed.
   */
  private synchronized List<TimerRecord> awaitDue() {
    while (!closed) {
      long now = clock.millis();
      if (!byDue.isEmpty() && byDue.first().dueTime() <= now) {
        List<TimerRecord> due = new ArrayList<>();
        while (!byDue.isEmpty() && byDue.first().dueTime() <= now) {
          TimerRecord timer = byDue.pollFirst();
          byKey.remove(new Key(timer.executionArn(), timer.timerId()));
          due.add(timer);
        }
        work.begin();
        return due;
      }
      if (skipsWaits && !byDue.isEmpty() && work.isIdle()) {
        clock.advanceTo(byDue.first().dueTime());
        continue;
      }
      try {
        // A clock that skips waits does not move with real time: only work ending or a new timer
        // can make a timer due, and both wake this thread.
        wait(byDue.isEmpty() || skipsWaits ? 0 : byDue.first().dueTime() - now);
      } catch (InterruptedException e) {
        return null;
      }
    }
    return null;
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
