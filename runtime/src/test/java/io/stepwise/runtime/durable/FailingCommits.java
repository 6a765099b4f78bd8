package io.stepwise.runtime.durable;

import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.store.ActivityStore;
import io.stepwise.store.CommitOutcome;
import io.stepwise.store.ExecutionQuery;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.ExecutionStore;
import io.stepwise.store.JournalEvent;
import io.stepwise.store.MachineStore;
import io.stepwise.store.Page;
import io.stepwise.store.PendingTask;
import io.stepwise.store.StepCommit;
import io.stepwise.store.Store;
import io.stepwise.store.TagStore;
import io.stepwise.store.TimerRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/** A store whose commits fail, storing nothing, while a predicate says so; otherwise a delegate. */
final class FailingCommits implements Store, ExecutionStore {
  private final Store delegate;
  private final Predicate<StepCommit> fails;

  FailingCommits(Store delegate, Predicate<StepCommit> fails) {
    this.delegate = delegate;
    this.fails = fails;
  }

  @Override
  public CompletableFuture<CommitOutcome> commit(StepCommit commit) {
    return fails.test(commit)
        ? CompletableFuture.failedFuture(new IllegalStateException("disk full (test)"))
        : delegate.executions().commit(commit);
  }

  @Override
  public MachineStore machines() {
    return delegate.machines();
  }

  @Override
  public ActivityStore activities() {
    return delegate.activities();
  }

  @Override
  public TagStore tags() {
    return delegate.tags();
  }

  @Override
  public ExecutionStore executions() {
    return this;
  }

  @Override
  public void close() {
    delegate.close();
  }

  @Override
  public Optional<ExecutionRecord> execution(String executionArn) {
    return delegate.executions().execution(executionArn);
  }

  @Override
  public Page<ExecutionRecord> executions(ExecutionQuery query) {
    return delegate.executions().executions(query);
  }

  @Override
  public Map<ExecutionStatus, Long> countExecutions(String stateMachineArn) {
    return delegate.executions().countExecutions(stateMachineArn);
  }

  @Override
  public List<HistoryEvent> history(String executionArn) {
    return delegate.executions().history(executionArn);
  }

  @Override
  public List<JournalEvent> journal(String executionArn) {
    return delegate.executions().journal(executionArn);
  }

  @Override
  public List<HistoryEvent> history(String executionArn, long fromId, int limit, boolean reverse) {
    return delegate.executions().history(executionArn, fromId, limit, reverse);
  }

  @Override
  public List<TimerRecord> dueTimers(long now, int limit) {
    return delegate.executions().dueTimers(now, limit);
  }

  @Override
  public OptionalLong nextTimerDue() {
    return delegate.executions().nextTimerDue();
  }

  @Override
  public List<TimerRecord> timers(String executionArn) {
    return delegate.executions().timers(executionArn);
  }

  @Override
  public List<PendingTask> pendingTasks() {
    return delegate.executions().pendingTasks();
  }

  @Override
  public List<PendingTask> pendingTasks(String executionArn) {
    return delegate.executions().pendingTasks(executionArn);
  }

  @Override
  public Optional<PendingTask> taskByToken(String taskToken) {
    return delegate.executions().taskByToken(taskToken);
  }
}
