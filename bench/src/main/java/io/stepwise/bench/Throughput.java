package io.stepwise.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Runs an operation in a loop on some platform threads for a fixed time and counts the units of
 * work it reports (executions, transitions, states).
 */
final class Throughput {

  private Throughput() {}

  /**
   * Units per second over all threads.
   *
   * @param perThread makes each thread's operation, before the clock starts, so that threads share
   *     no mutable state unless the operation itself does
   */
  static double perSecond(Duration duration, int threads, Supplier<LongSupplier> perThread)
      throws InterruptedException {
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    long[] deadline = new long[1];
    List<Worker> workers = new ArrayList<>(threads);
    for (int i = 0; i < threads; i++) {
      Worker worker = new Worker(perThread.get(), ready, go, deadline);
      workers.add(worker);
      worker.thread.start();
    }
    ready.await();
    long start = System.nanoTime();
    deadline[0] = start + duration.toNanos();
    go.countDown();
    long units = 0;
    long end = start;
    for (Worker worker : workers) {
      worker.thread.join();
      if (worker.failure != null) {
        throw new IllegalStateException("A benchmark thread failed", worker.failure);
      }
      units += worker.units;
      end = Math.max(end, worker.end);
    }
    return units / ((end - start) / 1e9);
  }

  /** One thread of the loop; the latch hands the deadline over safely. */
  private static final class Worker implements Runnable {
    private final LongSupplier operation;
    private final CountDownLatch ready;
    private final CountDownLatch go;
    private final long[] deadline;
    private final Thread thread = new Thread(this, "bench-worker");
    private long units;
    private long end;
    private RuntimeException failure;

    Worker(LongSupplier operation, CountDownLatch ready, CountDownLatch go, long[] deadline) {
      this.operation = operation;
      this.ready = ready;
      this.go = go;
      this.deadline = deadline;
    }

    @Override
    public void run() {
      ready.countDown();
      try {
        go.await();
        long until = deadline[0];
        do {
          units += operation.getAsLong();
        } while (System.nanoTime() < until);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        failure = e;
      }
      end = System.nanoTime();
    }
  }
}
