package io.stepwise.runtime.durable;

import io.stepwise.runtime.RuntimeClock;
import io.stepwise.runtime.logs.ExecutionLogs;
import io.stepwise.runtime.mocks.MockConfig;
import io.stepwise.store.ExecutionStore;
import java.util.concurrent.Executor;

/**
 * What every execution's actor shares: the store it commits to, the clock of its decisions, the
 * timer index, the task dispatcher, the workers that drain mailboxes, the count of work in flight
 * (which a clock that skips waits must see at zero before it moves), the runtime that learns when
 * an actor ends or breaks, the mock configuration whose test cases executions may run with, and the
 * execution logs that committed steps go to.
 */
record ActorServices(
    ExecutionStore store,
    RuntimeClock clock,
    TimerScheduler timers,
    TaskDispatcher tasks,
    Executor workers,
    InFlightWork work,
    ActorListener listener,
    MockConfig mocks,
    ExecutionLogs logs) {

  /** How an actor reports to its runtime. */
  interface ActorListener {

    /** The execution has ended and its final step is committed. */
    void ended(ExecutionActor actor);

    /**
     * A step could not be committed: the actor's live state is ahead of the store, so the runtime
     * must drop it and rebuild the execution from its stored history.
     */
    void broken(ExecutionActor actor, RuntimeException error);

    /**
     * Deciding a command failed: a bug, which a rebuild would only repeat. The execution stays
     * RUNNING in the store, and a restart tries it again.
     */
    void stuck(ExecutionActor actor, RuntimeException bug);
  }
}
