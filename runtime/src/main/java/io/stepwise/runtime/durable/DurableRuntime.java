package io.stepwise.runtime.durable;

import io.stepwise.engine.Command;
import io.stepwise.engine.Engine;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.runtime.RuntimeClock;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.VirtualClock;
import io.stepwise.store.CommitOutcome;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.StateMachineType;
import io.stepwise.store.Store;
import io.stepwise.store.TimerRecord;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs many executions at once, durably: every step of a Standard execution is committed to the
 * store (events, row, timers and pending tasks together) before its effects are performed, so that
 * after a crash {@link #open} continues every running execution from its last committed step.
 * Express executions run the same way in memory, without store writes.
 *
 * <p>Lifecycle: {@link #open} restores the running executions of the store; {@link #start} and
 * {@link #stop} drive executions; {@link #close} stops the timer thread and waits for the steps in
 * progress. The store outlives the runtime: its owner closes it afterwards.
 */
public final class DurableRuntime implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(DurableRuntime.class.getName());
  private static final long RESTORE_DELAY_MS = 1000;

  private final Store store;
  private final RuntimeClock clock;
  private final Engines engines;
  private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
  private final ConcurrentHashMap<String, ExecutionActor> actors = new ConcurrentHashMap<>();
  private final InFlightWork work = new InFlightWork();
  private final TimerScheduler timers;
  private final ActorServices services;
  private volatile boolean closed;

  private DurableRuntime(Store store, TaskRegistry tasks, RuntimeClock clock) {
    this.store = store;
    this.clock = clock;
    this.engines = new Engines(store.machines());
    this.timers = new TimerScheduler(clock, work, this::fire);
    this.services =
        new ActorServices(
            store.executions(),
            clock,
            timers,
            new TaskDispatcher(tasks),
            workers,
            work,
            new Listener());
  }

  /**
   * A runtime on {@code store} that has restored every execution the store has as RUNNING: rebuilt
   * from its history, its timers armed again and its pending tasks dispatched again.
   *
   * @param clock the time of every decision: the system clock, a {@link VirtualClock} that a test
   *     moves (timers fire when it reaches them), or one that {@linkplain
   *     VirtualClock#skippingWaits skips waits}, which this runtime moves to its next timer
   *     whenever no step, task or timer is in flight (a task that waits for a callback is in flight
   *     until the callback comes)
   */
  public static DurableRuntime open(Store store, TaskRegistry tasks, RuntimeClock clock) {
    DurableRuntime runtime = new DurableRuntime(store, tasks, clock);
    new Restorer(store.executions(), runtime.engines, runtime.services).restoreAll(runtime::adopt);
    return runtime;
  }

  /**
   * Starts an execution: its first step is committed (durable for a Standard execution) when the
   * returned outcome is; the execution then runs on its own.
   */
  public StartOutcome start(StartRequest request) {
    if (closed) {
      throw new IllegalStateException("Expected an open runtime, but it is closed");
    }
    work.begin();
    try {
      return startNow(request);
    } finally {
      work.end();
    }
  }

  private StartOutcome startNow(StartRequest request) {
    String machineArn = request.identity().stateMachineArn();
    Engine engine =
        engines.of(machineArn, request.revisionId(), request.definition(), request.type());
    long now = clock.millis();
    ExecutionRecord row = Restorer.newRow(request, now);
    boolean durable = request.type() == StateMachineType.STANDARD;
    ExecutionActor actor =
        new ExecutionActor(services, engine, engine.newExecution(request.identity()), row, durable);
    ExecutionActor.FirstStep first = actor.start(request.input(), now);
    if (first.outcome() instanceof CommitOutcome.NameTaken taken) {
      return new StartOutcome.NameTaken(taken.existing());
    }
    adopt(actor);
    actor.perform(first.plan());
    actor.release();
    return new StartOutcome.Started(row, actor.completion());
  }

  /**
   * Stops a running execution (StopExecution): it ends as ABORTED with {@code error} and {@code
   * cause}. Empty if the execution is not running here.
   *
   * @return completes with the execution's final row once the stop is committed
   */
  public Optional<CompletableFuture<ExecutionRecord>> stop(
      String executionArn, String error, String cause) {
    ExecutionActor actor = actors.get(executionArn);
    if (actor == null) {
      return Optional.empty();
    }
    actor.send(new Command.Stop(error, cause));
    return Optional.of(actor.completion());
  }

  /** Completes with the final row of a running execution; empty if it is not running here. */
  public Optional<CompletableFuture<ExecutionRecord>> completion(String executionArn) {
    return Optional.ofNullable(actors.get(executionArn)).map(ExecutionActor::completion);
  }

  /** How many executions run here now. */
  public int runningCount() {
    return actors.size();
  }

  /** How many timers wait in memory now. */
  public int armedTimerCount() {
    return timers.size();
  }

  private void adopt(ExecutionActor actor) {
    actors.put(actor.arn(), actor);
  }

  private void fire(TimerRecord timer) {
    ExecutionActor actor = actors.get(timer.executionArn());
    if (actor != null) {
      actor.send(new Command.TimerFired(timer.timerId()));
    }
  }

  @Override
  public void close() {
    closed = true;
    timers.close();
    workers.close();
  }

  /**
   * Forgets ended executions, rebuilds those whose step could not be committed, and parks those
   * that the engine could not advance.
   */
  private final class Listener implements ActorServices.ActorListener {

    @Override
    public void ended(ExecutionActor actor) {
      actors.remove(actor.arn(), actor);
    }

    @Override
    public void broken(ExecutionActor actor, RuntimeException error) {
      actors.remove(actor.arn(), actor);
      if (closed || !actor.durable()) {
        actor.completion().completeExceptionally(error);
        return;
      }
      LOG.log(
          System.Logger.Level.WARNING,
          "A step of " + actor.arn() + " was not committed; rebuilding it from its history",
          error);
      CompletableFuture.runAsync(
          () -> restore(actor),
          CompletableFuture.delayedExecutor(RESTORE_DELAY_MS, TimeUnit.MILLISECONDS, workers));
    }

    @Override
    public void stuck(ExecutionActor actor, RuntimeException bug) {
      actors.remove(actor.arn(), actor);
      LOG.log(
          System.Logger.Level.ERROR,
          "Could not decide the next step of " + actor.arn() + "; it stays RUNNING",
          bug);
      actor.completion().completeExceptionally(bug);
    }

    private void restore(ExecutionActor broken) {
      Optional<ExecutionRecord> row = store.executions().execution(broken.arn());
      if (row.isPresent() && row.get().status() == ExecutionStatus.RUNNING && !closed) {
        ExecutionActor restored =
            new Restorer(store.executions(), engines, services)
                .restore(row.get(), DurableRuntime.this::adopt);
        restored.completion().whenComplete((r, e) -> forward(broken, r, e));
      } else {
        row.ifPresent(r -> broken.completion().complete(r));
      }
    }

    private void forward(ExecutionActor broken, ExecutionRecord result, Throwable error) {
      if (error != null) {
        broken.completion().completeExceptionally(error);
      } else {
        broken.completion().complete(result);
      }
    }
  }
}
