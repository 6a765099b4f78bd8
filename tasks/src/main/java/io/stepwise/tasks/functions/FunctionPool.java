package io.stepwise.tasks.functions;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The workers of one function configuration: the idle ones, most recently used first (the warmest),
 * and how many invocations run now against the function's concurrency limit.
 */
final class FunctionPool {
  private final FunctionConfiguration function;
  private final int limit;
  private final Deque<Worker> idle = new ArrayDeque<>();
  private final List<Worker> all = new ArrayList<>();
  private int busy;
  private boolean closed;

  FunctionPool(FunctionConfiguration function, int unreservedLimit) {
    this.function = function;
    this.limit = function.reservedConcurrency().orElse(unreservedLimit);
  }

  FunctionConfiguration function() {
    return function;
  }

  /** What {@link #claim} got: a warm worker, a slot for a new one, or nothing. */
  sealed interface Claim {
    record Warm(Worker worker) implements Claim {}

    /** A slot is held: the caller starts a worker and {@link #adopt}s it, or {@link #abandon}s. */
    record Cold() implements Claim {}

    record Throttled() implements Claim {}
  }

  /** Claims a slot of concurrency, with the warmest idle worker when there is one. */
  synchronized Claim claim() {
    if (closed || busy >= limit) {
      return new Claim.Throttled();
    }
    busy++;
    Worker worker;
    while ((worker = idle.pollFirst()) != null) {
      if (worker.isUsable()) {
        return new Claim.Warm(worker);
      }
      all.remove(worker);
    }
    return new Claim.Cold();
  }

  /** Counts a freshly started worker among this pool's (it holds the claimed slot). */
  synchronized void adopt(Worker worker) {
    all.add(worker);
  }

  /** Frees the slot that {@code worker} held; keeps it warm when it can serve again. */
  synchronized void release(Worker worker) {
    busy--;
    worker.release();
    if (worker.isUsable() && !closed) {
      idle.addFirst(worker);
    } else {
      all.remove(worker);
      worker.retire();
    }
  }

  /** Frees a slot claimed for a worker that could not be started. */
  synchronized void abandon() {
    busy--;
  }

  /**
   * Takes this pool out of service (its function changed or was deleted): idle workers are retired
   * now, busy ones when their invocation ends.
   */
  void drain() {
    List<Worker> workers;
    synchronized (this) {
      closed = true;
      workers = List.copyOf(idle);
      all.removeAll(idle);
      idle.clear();
    }
    workers.forEach(Worker::retire);
  }

  /** Retires every worker now; invocations in flight end as their processes die. */
  void close() {
    List<Worker> workers;
    synchronized (this) {
      closed = true;
      workers = List.copyOf(all);
      all.clear();
      idle.clear();
    }
    workers.forEach(Worker::retire);
  }
}
