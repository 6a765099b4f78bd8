package io.stepwise.tasks.functions;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * One warm process of a function, which handles one invocation at a time through the Runtime API
 * ({@code /next}, then {@code /response} or {@code /error}), as a Lambda execution environment
 * does.
 *
 * <p>Lifecycle: started (no process yet) -> attached (process running) -> an invocation is
 * submitted, handed out by {@code /next}, completed -> submitted again ... until it is retired
 * (timed out, failed to initialise, its function changed, Stepwise closes) or its process exits.
 */
final class Worker {
  /** Wakes a {@code /next} call of a retired worker. */
  private static final Invocation RETIRED = new Invocation("", "", null);

  private final String id;
  private final FunctionConfiguration function;
  private final WorkerOutput output;
  private final BlockingQueue<Invocation> inbox = new LinkedBlockingQueue<>(1);
  private volatile Invocation current;
  private volatile Process process;
  private volatile boolean retired;

  Worker(String id, FunctionConfiguration function, WorkerOutput output) {
    this.id = id;
    this.function = function;
    this.output = output;
  }

  String id() {
    return id;
  }

  FunctionConfiguration function() {
    return function;
  }

  WorkerOutput output() {
    return output;
  }

  void attach(Process started) {
    process = started;
  }

  Process process() {
    return process;
  }

  /** Gives {@code invocation} to this worker; its {@code /next} call returns it. */
  void submit(Invocation invocation) {
    current = invocation;
    inbox.add(invocation);
  }

  /**
   * Blocks until an invocation is submitted (the long poll of {@code /next}); {@code null} once the
   * worker is retired.
   */
  Invocation next() throws InterruptedException {
    Invocation invocation = inbox.take();
    return invocation == RETIRED ? null : invocation;
  }

  /** The invocation submitted and not yet released, or {@code null}. */
  Invocation current() {
    return current;
  }

  /** Moves the output written so far into {@code invocation}'s log. */
  void collectOutput(Invocation invocation) {
    output.drainInto(invocation.log());
  }

  /**
   * Ends {@code invocation} with the result that {@code outcome} builds from its complete log;
   * returns false when it had already ended (a timeout or an exit came first).
   */
  boolean finish(Invocation invocation, Function<String, InvocationResult> outcome) {
    if (invocation.isDone()) {
      return false;
    }
    collectOutput(invocation);
    return invocation.complete(outcome.apply(invocation.closeLog()));
  }

  /** Forgets the finished invocation, so later output is held for the next one. */
  void release() {
    current = null;
  }

  boolean isUsable() {
    return !retired && process != null && process.isAlive();
  }

  /** Marks this worker as not to be reused, without stopping it yet. */
  void condemn() {
    retired = true;
  }

  /** Stops this worker for good: kills its process and every process it started. */
  void retire() {
    retired = true;
    inbox.clear();
    inbox.offer(RETIRED);
    Process running = process;
    if (running != null) {
      running.descendants().forEach(ProcessHandle::destroyForcibly);
      running.destroyForcibly();
      running.onExit().thenRun(output::close);
    } else {
      output.close();
    }
  }
}
