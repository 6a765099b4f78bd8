package io.stepwise.bench;

import io.stepwise.runtime.ExecutionResult;
import io.stepwise.runtime.InMemoryRuntime;
import io.stepwise.runtime.RunOptions;
import io.stepwise.runtime.RuntimeClock;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * W5: many executions that wait one real second at once. {@link InMemoryRuntime#run} is synchronous
 * and lets a real Wait pass by blocking its caller, so each execution runs on a virtual thread of
 * its own: parked virtual threads are cheap, but each still holds its stack and its driver until
 * the Wait ends. A runtime that keeps timers in a queue and needs no thread per waiting execution
 * will replace this.
 */
final class WaitingExecutions {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private final InMemoryRuntime runtime;
  private final Workload workload;

  WaitingExecutions(InMemoryRuntime runtime, Workload workload) {
    this.runtime = runtime;
    this.workload = workload;
  }

  /** Wall times, with nothing else running in the JVM. */
  Figure timing(int count) {
    return new Figure(
        workload.id(),
        InProcessMode.NAME,
        count + " executions waiting 1 s at once, real clock, a virtual thread each",
        List.of("s from the last start to all done", "s from the first start to all done"),
        () -> {
          long first = System.nanoTime();
          long[] last = new long[1];
          runAll(count, () -> last[0] = System.nanoTime());
          long done = System.nanoTime();
          return new double[] {(done - last[0]) / 1e9, (done - first) / 1e9};
        });
  }

  /**
   * The heap that the waiting executions hold: used heap after a full collection while they all
   * wait, less the same before they started. A separate run, because the collection pauses them.
   */
  Figure retainedHeap(int count) {
    return new Figure(
        workload.id(),
        InProcessMode.NAME,
        count + " executions waiting 1 s at once, heap held while waiting",
        List.of("MiB heap", "KiB per waiting execution"),
        () -> {
          long before = liveHeap();
          long[] waiting = new long[1];
          runAll(count, () -> waiting[0] = liveHeap());
          long held = waiting[0] - before;
          return new double[] {held / (double) (1 << 20), held / 1024.0 / count};
        });
  }

  /** Starts {@code count} executions, runs {@code afterStarts}, then waits for them all. */
  private void runAll(int count, Runnable afterStarts) throws InterruptedException {
    RunOptions realTime = RunOptions.defaults().withClock(RuntimeClock.system());
    List<Future<ExecutionResult>> runs = new ArrayList<>(count);
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < count; i++) {
        runs.add(threads.submit(() -> runtime.run(workload.engine(), workload.input(), realTime)));
      }
      afterStarts.run();
      for (Future<ExecutionResult> run : runs) {
        InProcessMode.requireSucceeded(workload, run.get());
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("Expected every W5 execution to run", e.getCause());
    }
  }

  private static long liveHeap() {
    System.gc();
    return MEMORY.getHeapMemoryUsage().getUsed();
  }
}
