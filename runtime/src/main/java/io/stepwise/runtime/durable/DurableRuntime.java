package io.stepwise.runtime.durable;

import io.stepwise.engine.Command;
import io.stepwise.engine.Engine;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.TaskToken;
import io.stepwise.runtime.RuntimeClock;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.TaskResult;
import io.stepwise.runtime.VirtualClock;
import io.stepwise.runtime.logs.ExecutionLogs;
import io.stepwise.runtime.logs.LogFileWriter;
import io.stepwise.runtime.mocks.MockConfig;
import io.stepwise.runtime.mocks.MockedExecution;
import io.stepwise.store.CommitOutcome;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.StateMachineType;
import io.stepwise.store.Store;
import io.stepwise.store.TimerRecord;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

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
  private final ActivityQueues activities = new ActivityQueues(this::stillPending);
  private final TimerScheduler timers;
  private final ActorServices services;
  private volatile boolean closed;

  private DurableRuntime(
      Store store, TaskRegistry tasks, RuntimeClock clock, MockConfig mocks, LogFileWriter logs) {
    this.store = store;
    this.clock = clock;
    this.engines = new Engines(store.machines());
    this.timers = new TimerScheduler(clock, work, this::fire);
    this.services =
        new ActorServices(
            store.executions(),
            clock,
            timers,
            new TaskDispatcher(tasks, activities),
            workers,
            work,
            new Listener(),
            mocks,
            new ExecutionLogs(store.machines(), logs));
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
    return open(store, tasks, clock, MockConfig.empty(), null);
  }

  /**
   * A runtime as {@link #open(Store, TaskRegistry, RuntimeClock)} opens it, whose executions may
   * run with a test case of {@code mocks}, and where every execution whose machine has a {@code
   * loggingConfiguration} logs its committed steps through {@code logs} (or nothing, for {@code
   * null}); restored executions log again what may not have reached their log before a crash. The
   * runtime's owner closes {@code logs} after the runtime.
   */
  public static DurableRuntime open(
      Store store, TaskRegistry tasks, RuntimeClock clock, MockConfig mocks, LogFileWriter logs) {
    DurableRuntime runtime = new DurableRuntime(store, tasks, clock, mocks, logs);
    runtime.services.logs().catchUp(store.executions());
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
        new ExecutionActor(
            services,
            engine,
            engine.newExecution(request.identity()),
            row,
            durable,
            mocks(request),
            services.logs().of(row, durable));
    ExecutionActor.FirstStep first = actor.start(request.input(), now);
    if (first.outcome() instanceof CommitOutcome.NameTaken taken) {
      return new StartOutcome.NameTaken(taken.existing());
    }
    adopt(actor);
    actor.perform(first.plan());
    actor.release();
    return new StartOutcome.Started(row, actor.completion());
  }

  /** The mock configuration whose test cases executions may be started with. */
  public MockConfig mocks() {
    return services.mocks();
  }

  /** The test case a new execution runs with, which the service has checked exists, or null. */
  private MockedExecution mocks(StartRequest request) {
    return request.testCase() == null
        ? null
        : services
            .mocks()
            .testCase(request.identity().stateMachineName(), request.testCase())
            .map(MockedExecution::new)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Expected a test case of the mock configuration, but there is no "
                            + request.testCase()
                            + " for "
                            + request.identity().stateMachineName()));
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

  /**
   * Redrives an ended Standard execution (RedriveExecution): it is rebuilt from its history and
   * runs on from the states that did not succeed. Returns its row once the redrive is committed, or
   * empty when another redrive of the same execution came first and it runs again.
   *
   * @param row the execution's stored row, which ended as FAILED, TIMED_OUT or ABORTED
   */
  public synchronized Optional<ExecutionRecord> redrive(ExecutionRecord row, String clientToken) {
    if (closed) {
      throw new IllegalStateException("Expected an open runtime, but it is closed");
    }
    ExecutionActor current = actors.get(row.arn());
    if (current != null && current.row().redriveCount() > row.redriveCount()) {
      return Optional.empty();
    }
    if (current != null) {
      // The step that ended the execution is committed; its actor is about to let go.
      current.completion().join();
    }
    work.begin();
    try {
      return Optional.of(
          new Restorer(store.executions(), engines, services)
              .redrive(row, clientToken, this::adopt)
              .row());
    } finally {
      work.end();
    }
  }

  /** The time on the clock of this runtime, which dates every execution's events, in epoch ms. */
  public long now() {
    return clock.millis();
  }

  /**
   * UpdateMapRun: a Map Run of a running execution takes new settings. False when the execution
   * does not run here.
   */
  public boolean updateMapRun(String executionArn, Command.UpdateMapRun update) {
    ExecutionActor actor = actors.get(executionArn);
    if (actor == null) {
      return false;
    }
    actor.updateMapRun(update);
    return true;
  }

  /**
   * What UpdateMapRun asked of a Map Run of a running execution, merged; empty when nothing was
   * asked or the execution does not run here. The history records the settings when the run ends.
   */
  public Optional<Command.UpdateMapRun> mapRunUpdate(String executionArn, String mapRunArn) {
    return Optional.ofNullable(actors.get(executionArn)).map(a -> a.mapRunUpdate(mapRunArn));
  }

  /** Completes with the final row of a running execution; empty if it is not running here. */
  public Optional<CompletableFuture<ExecutionRecord>> completion(String executionArn) {
    return Optional.ofNullable(actors.get(executionArn)).map(ExecutionActor::completion);
  }

  /**
   * GetActivityTask: the next task of the activity, handed to this worker only, at once if one
   * waits, else as soon as one comes within {@code wait}; empty if none comes. Its execution
   * records that the worker started it.
   */
  public CompletableFuture<Optional<ActivityTask>> pollActivity(
      String activityArn, String workerName, Duration wait) {
    return activities
        .poll(activityArn, wait)
        .thenApply(
            found -> {
              found.ifPresent(task -> startedBy(task, workerName));
              return found;
            });
  }

  /** SendTaskSuccess and SendTaskFailure: the answer of the task that waits under the token. */
  public CallbackOutcome answer(String taskToken, TaskResult result) {
    return toWaitingTask(taskToken, result::command);
  }

  /** SendTaskHeartbeat: the task that waits under the token is alive. */
  public CallbackOutcome heartbeat(String taskToken) {
    return toWaitingTask(taskToken, Command.TaskHeartbeat::new);
  }

  private CallbackOutcome toWaitingTask(String taskToken, LongFunction<Command> command) {
    Optional<TaskToken> decoded = TaskToken.decode(taskToken);
    if (decoded.isEmpty()) {
      return CallbackOutcome.INVALID_TOKEN;
    }
    TaskToken token = decoded.get();
    ExecutionActor actor = actors.get(token.executionArn());
    if (actor == null || !actor.awaits(token.engineToken())) {
      return TaskEnds.timedOut(store.executions(), token)
          ? CallbackOutcome.TIMED_OUT
          : CallbackOutcome.NO_SUCH_TASK;
    }
    actor.send(command.apply(token.engineToken()));
    return CallbackOutcome.ACCEPTED;
  }

  private boolean stillPending(ActivityTask task) {
    ExecutionActor actor = actors.get(task.executionArn());
    return actor != null && actor.awaits(task.engineToken());
  }

  private void startedBy(ActivityTask task, String workerName) {
    ExecutionActor actor = actors.get(task.executionArn());
    if (actor != null) {
      actor.send(new Command.ActivityStarted(task.engineToken(), workerName));
    }
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
    activities.close();
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
