package io.stepwise.runtime.durable;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.engine.Command;
import io.stepwise.engine.Decision;
import io.stepwise.engine.Effect;
import io.stepwise.engine.Engine;
import io.stepwise.engine.state.ExecutionState;
import io.stepwise.runtime.logs.ExecutionLog;
import io.stepwise.runtime.mocks.MockedExecution;
import io.stepwise.store.CommitOutcome;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.StepCommit;
import io.stepwise.store.TimerRecord;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One execution in the runtime: its live state and the mailbox of commands for it. One worker at a
 * time owns the actor and drains a batch of commands: it decides each, commits the batch's events
 * and effects as one step, and only then hands the step's events to the execution's log and
 * performs the effects (arms timers, dispatches tasks).
 *
 * <p>Lifecycle: created owned by its creator, which commits the first step ({@link #start}) or
 * restores a stored execution ({@link #resume}), then {@link #release}s it; from then on {@link
 * #send} schedules a drain on the workers whenever commands wait and nobody owns the actor. The
 * actor ends with the step that ends its execution, completing {@link #completion}.
 */
final class ExecutionActor {
  private static final int MAX_BATCH = 64;
  private static final int MAX_CHAINED = 1000;

  private final ActorServices services;
  private final Engine engine;
  private final ExecutionState state;
  private final boolean durable;
  private final MockedExecution mocks;
  private final ExecutionLog log;
  private final Queue<Command> mailbox = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean owned = new AtomicBoolean(true);
  private final Set<Long> armedTimers = new HashSet<>();
  // Read by other threads (a callback or a worker checks that its task still waits).
  private final Set<Long> pendingTasks = ConcurrentHashMap.newKeySet();
  private final CompletableFuture<ExecutionRecord> completion = new CompletableFuture<>();
  // Read by request threads: what UpdateMapRun asked of each Map Run, merged.
  private final Map<String, Command.UpdateMapRun> mapRunUpdates = new ConcurrentHashMap<>();
  private final String arn;
  private volatile boolean broken;
  // Read by request threads (a redrive checks which run of the execution this actor drives).
  private volatile ExecutionRecord row;

  ExecutionActor(
      ActorServices services,
      Engine engine,
      ExecutionState state,
      ExecutionRecord row,
      boolean durable,
      MockedExecution mocks,
      ExecutionLog log) {
    this.services = services;
    this.engine = engine;
    this.state = state;
    this.row = row;
    this.arn = row.arn();
    this.durable = durable;
    this.mocks = mocks;
    this.log = log;
  }

  String arn() {
    return arn;
  }

  boolean durable() {
    return durable;
  }

  /** Completes with the execution's final row once its last step is committed. */
  CompletableFuture<ExecutionRecord> completion() {
    return completion;
  }

  /**
   * The first step of an execution, committed: its plan, which the caller performs once others can
   * reach the actor, or nothing when the execution's name is taken.
   */
  record FirstStep(CommitOutcome outcome, StepPlan plan) {}

  /**
   * Decides and commits the first step, creating the execution's row. The caller owns the actor and
   * must {@link #perform} the step's plan once others can reach the actor, then release it.
   *
   * @param now the start time, which the caller also gave the row
   */
  FirstStep start(JsonNode input, long now) {
    StepPlan plan = decide(List.of(new Command.Start(input)), now);
    CommitOutcome outcome =
        durable
            ? services.store().commit(plan.commit(StepCommit.start(row), arn())).join()
            : CommitOutcome.Committed.INSTANCE;
    if (outcome instanceof CommitOutcome.Committed) {
      log.committed(plan.events(), plan.ended());
    }
    return new FirstStep(outcome, plan);
  }

  /**
   * Decides and commits the redrive of the ended execution whose state this actor was rebuilt with;
   * the caller owns the actor and must {@link #perform} the returned plan once others can reach the
   * actor, then release it.
   */
  StepPlan redrive(String clientToken, long now) {
    StepPlan plan = decide(List.of(new Command.Redrive(clientToken)), now);
    services.store().commit(plan.commit(StepCommit.step(arn()), arn())).join();
    return plan;
  }

  /** The execution's row as of its latest committed step that changed it. */
  ExecutionRecord row() {
    return row;
  }

  /**
   * Restores what a stored execution was waiting for: re-arms its timers (overdue ones fire at
   * once) and dispatches its pending tasks again, at least once as on AWS.
   */
  void resume(List<TimerRecord> timers, List<Effect.InvokeTask> tasks) {
    for (TimerRecord timer : timers) {
      armedTimers.add(timer.timerId());
      services.timers().arm(timer);
    }
    tasks.forEach(this::dispatch);
  }

  /**
   * Dispatches a task. Its context object is built here, by the owner, since it reads the state of
   * the task's thread, which moves on as soon as the owner lets go. The task of a state that the
   * execution's test case mocks is answered at once, without its resource.
   */
  private void dispatch(Effect.InvokeTask task) {
    pendingTasks.add(task.token());
    List<Command> mocked = mocks == null ? List.of() : mocks.answer(task, state);
    if (!mocked.isEmpty()) {
      mocked.forEach(this::send);
      return;
    }
    task.context().contextObject();
    services.work().begin();
    services.tasks().dispatch(task, this, services.work()::end);
  }

  /** Whether the task under {@code token} still waits for its result. */
  boolean awaits(long token) {
    return pendingTasks.contains(token);
  }

  /** Queues an UpdateMapRun and remembers it for {@link #mapRunUpdate}. */
  void updateMapRun(Command.UpdateMapRun update) {
    mapRunUpdates.merge(update.mapRunArn(), update, Command.UpdateMapRun::then);
    send(update);
  }

  /** What UpdateMapRun asked of a Map Run of this execution, merged, or {@code null}. */
  Command.UpdateMapRun mapRunUpdate(String mapRunArn) {
    return mapRunUpdates.get(mapRunArn);
  }

  /** Queues a command; a worker decides it soon, after the commands queued before it. */
  void send(Command command) {
    mailbox.add(command);
    schedule();
  }

  /** Gives up ownership; a worker takes over if commands wait. */
  void release() {
    owned.set(false);
    if (!mailbox.isEmpty()) {
      schedule();
    }
  }

  private void schedule() {
    if (broken || completion.isDone() || !owned.compareAndSet(false, true)) {
      return;
    }
    services.work().begin();
    try {
      services.workers().execute(this::drain);
    } catch (RejectedExecutionException closing) {
      owned.set(false);
      services.work().end();
    }
  }

  private void drain() {
    try {
      List<Command> batch = new ArrayList<>();
      Command next;
      while (batch.size() < MAX_BATCH && (next = mailbox.poll()) != null) {
        batch.add(next);
      }
      if (!batch.isEmpty() && !completion.isDone()) {
        advance(batch);
      }
    } catch (CompletionException notCommitted) {
      broken = true;
      services.listener().broken(this, notCommitted);
    } catch (RuntimeException bug) {
      broken = true;
      services.listener().stuck(this, bug);
    } finally {
      release();
      services.work().end();
    }
  }

  private void advance(List<Command> batch) {
    StepPlan plan = decide(batch, services.clock().millis());
    if (durable && !plan.isEmpty()) {
      services.store().commit(plan.commit(StepCommit.step(arn()), arn())).join();
    }
    log.committed(plan.events(), plan.ended());
    perform(plan);
  }

  /**
   * Decides a batch of commands as one step. A timer that a decision sets and that is already due
   * (a Wait of 0 seconds, a timestamp in the past) fires within the same step, so it is never
   * stored; past {@link #MAX_CHAINED} such firings the rest wait for the scheduler, which fires
   * them at once after the commit, so that a loop of due Waits still commits as it goes.
   */
  private StepPlan decide(List<Command> batch, long now) {
    StepPlan plan = new StepPlan(state, now);
    ArrayDeque<Command> commands = new ArrayDeque<>(batch);
    int chained = 0;
    while (!commands.isEmpty()) {
      Command command = commands.poll();
      if (command instanceof Command.TimerFired fired) {
        plan.fired(fired.timerId());
      }
      Decision decision = engine.decide(state, command, now);
      plan.add(decision);
      if (mocks != null) {
        mocks.record(decision.events());
      }
      for (Effect effect : decision.effects()) {
        if (effect instanceof Effect.StartTimer timer
            && timer.dueTime() <= now
            && chained++ < MAX_CHAINED) {
          commands.add(new Command.TimerFired(timer.timerId()));
        }
      }
    }
    plan.settle(armedTimers, pendingTasks);
    return plan;
  }

  /** Performs a committed step's effects; the caller owns the actor. */
  void perform(StepPlan plan) {
    for (long id : plan.timersToRemove()) {
      armedTimers.remove(id);
      services.timers().cancel(arn(), id);
    }
    for (Effect.StartTimer timer : plan.timersToAdd()) {
      armedTimers.add(timer.timerId());
      services.timers().arm(new TimerRecord(arn(), timer.timerId(), timer.dueTime()));
    }
    for (long token : plan.tasksToRemove()) {
      pendingTasks.remove(token);
      services.tasks().abandon(arn, token);
    }
    for (Effect.InvokeTask task : plan.tasksToAdd()) {
      dispatch(task);
    }
    if (plan.update() != null) {
      row = row.with(plan.update());
    }
    if (plan.ended()) {
      services.listener().ended(this);
      completion.complete(row);
    }
  }
}
