package io.stepwise.tasks.functions;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** One call of a function on its way through a worker: its event, its log and its outcome. */
final class Invocation {
  private final String requestId;
  private final String payload;
  private final FunctionConfiguration function;
  private final InvocationLog log = new InvocationLog();
  private final CompletableFuture<InvocationResult> result = new CompletableFuture<>();
  private ScheduledFuture<?> timer;
  private long startNanos;

  Invocation(String requestId, String payload, FunctionConfiguration function) {
    this.requestId = requestId;
    this.payload = payload;
    this.function = function;
  }

  String requestId() {
    return requestId;
  }

  String payload() {
    return payload;
  }

  FunctionConfiguration function() {
    return function;
  }

  InvocationLog log() {
    return log;
  }

  CompletableFuture<InvocationResult> result() {
    return result;
  }

  boolean isDone() {
    return result.isDone();
  }

  /** Starts the clock of the handler: AWS's START line, and the timeout from now on. */
  synchronized void start(ScheduledExecutorService scheduler, Runnable onTimeout) {
    startNanos = System.nanoTime();
    log.appendLine("START RequestId: " + requestId + " Version: $LATEST");
    arm(scheduler, onTimeout, function.timeoutSeconds() * 1000L);
  }

  /** (Re)schedules {@code onTimeout} in {@code millis}, replacing any earlier timer. */
  synchronized void arm(ScheduledExecutorService scheduler, Runnable onTimeout, long millis) {
    if (result.isDone()) {
      return;
    }
    if (timer != null) {
      timer.cancel(false);
    }
    timer = scheduler.schedule(onTimeout, millis, TimeUnit.MILLISECONDS);
  }

  /** Ends the invocation with {@code outcome} unless it already ended; true if this call did. */
  boolean complete(InvocationResult outcome) {
    synchronized (this) {
      if (result.isDone()) {
        return false;
      }
      if (timer != null) {
        timer.cancel(false);
      }
    }
    return result.complete(outcome);
  }

  /** AWS's END and REPORT lines, then the whole log. */
  synchronized String closeLog() {
    double millis = startNanos == 0 ? 0 : (System.nanoTime() - startNanos) / 1e6;
    log.appendLine("END RequestId: " + requestId);
    log.appendLine(
        String.format(
            "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\t",
            requestId, millis, (long) Math.ceil(millis), function.memorySize()));
    return log.text();
  }
}
