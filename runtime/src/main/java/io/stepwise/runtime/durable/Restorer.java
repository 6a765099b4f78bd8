package io.stepwise.runtime.durable;

import io.stepwise.engine.Effect;
import io.stepwise.engine.Engine;
import io.stepwise.engine.ExecutionIdentity;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.state.ContextObject;
import io.stepwise.engine.state.ExecutionState;
import io.stepwise.engine.state.Frame;
import io.stepwise.runtime.logs.ExecutionLog;
import io.stepwise.runtime.mocks.MockedExecution;
import io.stepwise.runtime.mocks.TestCase;
import io.stepwise.store.ExecutionQuery;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.ExecutionStore;
import io.stepwise.store.JournalEvent;
import io.stepwise.store.Page;
import io.stepwise.store.PendingTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Brings stored executions back into a runtime: each RUNNING execution is rebuilt by replaying its
 * history and its journal (so no state is entered again), its stored timers are armed, its pending
 * tasks are dispatched again, and the events its log may have missed are logged again.
 */
final class Restorer {
  private static final System.Logger LOG = System.getLogger(Restorer.class.getName());
  private static final int PAGE_SIZE = 500;

  private final ExecutionStore store;
  private final Engines engines;
  private final ActorServices services;

  Restorer(ExecutionStore store, Engines engines, ActorServices services) {
    this.store = store;
    this.engines = engines;
    this.services = services;
  }

  /** The row of a new execution, created with its first step. */
  static ExecutionRecord newRow(StartRequest request, long now) {
    ExecutionIdentity identity = request.identity();
    return new ExecutionRecord(
        identity.executionArn(),
        identity.stateMachineArn(),
        request.versionArn(),
        request.aliasArn(),
        request.revisionId(),
        identity.executionName(),
        ExecutionStatus.RUNNING,
        now,
        null,
        request.input().toString(),
        null,
        null,
        null,
        0,
        null,
        null,
        request.testCase());
  }

  /** Restores every RUNNING execution of the store, handing each to {@code adopt} first. */
  void restoreAll(Consumer<ExecutionActor> adopt) {
    List<ExecutionRecord> running = new ArrayList<>();
    ExecutionQuery query = new ExecutionQuery(null, null, ExecutionStatus.RUNNING, PAGE_SIZE, null);
    Page<ExecutionRecord> page;
    do {
      page = store.executions(query);
      running.addAll(page.items());
      query = query.next(page);
    } while (page.nextCursor() != null);
    for (ExecutionRecord row : running) {
      try {
        restore(row, adopt);
      } catch (RuntimeException e) {
        // One execution the store cannot bring back must not keep the others from running.
        LOG.log(System.Logger.Level.ERROR, "Could not restore " + row.arn(), e);
      }
    }
  }

  /** Restores one RUNNING execution; {@code adopt} makes it reachable before it resumes. */
  ExecutionActor restore(ExecutionRecord row, Consumer<ExecutionActor> adopt) {
    List<HistoryEvent> history = store.history(row.arn());
    List<HistoryEvent> emitted = JournalEvent.merge(history, store.journal(row.arn()));
    Engine engine = engines.stored(row.stateMachineArn(), row.revisionId());
    ExecutionIdentity identity = identity(row, history);
    ExecutionState state = engine.replay(identity, emitted);
    MockedExecution mocks = mocks(identity, row.testCase());
    if (mocks != null) {
      mocks.record(emitted);
    }
    ExecutionLog log = services.logs().of(row, true);
    ExecutionActor actor = new ExecutionActor(services, engine, state, row, true, mocks, log);
    log.recover(history);
    adopt.accept(actor);
    List<Effect.InvokeTask> tasks = new ArrayList<>();
    for (PendingTask task : store.pendingTasks(row.arn())) {
      Frame frame = state.taskFrame(task.token());
      if (frame != null) {
        tasks.add(
            new Effect.InvokeTask(
                task.token(),
                task.resource(),
                Json.read(task.parameters()),
                ContextObject.of(state, frame)));
      }
    }
    actor.resume(store.timers(row.arn()), tasks);
    actor.release();
    return actor;
  }

  /**
   * The test case a restored execution runs with, or {@code null}. One that the mock configuration
   * no longer has (the server restarted with another file) leaves the execution's tasks to their
   * resources.
   */
  private MockedExecution mocks(ExecutionIdentity identity, String testCase) {
    if (testCase == null) {
      return null;
    }
    Optional<TestCase> found = services.mocks().testCase(identity.stateMachineName(), testCase);
    if (found.isEmpty()) {
      LOG.log(
          System.Logger.Level.WARNING,
          "The mock configuration has no test case "
              + testCase
              + " for "
              + identity.executionArn()
              + " any more; its tasks run unmocked");
    }
    return found.map(MockedExecution::new).orElse(null);
  }

  /**
   * Rebuilds an ended execution from its history and commits its redrive; {@code adopt} makes it
   * reachable before it runs on. Returns its actor, whose row then carries the redrive.
   */
  ExecutionActor redrive(ExecutionRecord row, String clientToken, Consumer<ExecutionActor> adopt) {
    List<HistoryEvent> history = store.replayHistory(row.arn());
    Engine engine = engines.stored(row.stateMachineArn(), row.revisionId());
    ExecutionIdentity identity = identity(row, history);
    ExecutionState state = engine.replay(identity, history);
    ExecutionActor actor =
        new ExecutionActor(
            services,
            engine,
            state,
            row,
            true,
            mocks(identity, row.testCase()),
            services.logs().of(row, true));
    StepPlan plan = actor.redrive(clientToken, services.clock().millis());
    adopt.accept(actor);
    actor.perform(plan);
    actor.release();
    return actor;
  }

  private static ExecutionIdentity identity(ExecutionRecord row, List<HistoryEvent> history) {
    String machineArn = row.stateMachineArn();
    String roleArn =
        history.isEmpty()
                || !(history.getFirst().details() instanceof EventDetails.ExecutionStarted started)
            ? null
            : started.roleArn();
    return new ExecutionIdentity(
        row.arn(),
        row.name(),
        machineArn,
        machineArn.substring(machineArn.lastIndexOf(':') + 1),
        roleArn,
        machineArn.split(":", -1)[3]);
  }
}
