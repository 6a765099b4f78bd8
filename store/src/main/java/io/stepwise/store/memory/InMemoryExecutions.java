package io.stepwise.store.memory;

import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.store.CommitOutcome;
import io.stepwise.store.ExecutionQuery;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.ExecutionStore;
import io.stepwise.store.HistoryOrder;
import io.stepwise.store.JournalEvent;
import io.stepwise.store.Page;
import io.stepwise.store.PendingTask;
import io.stepwise.store.StepCommit;
import io.stepwise.store.TimerRecord;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * Executions in memory. A commit is checked whole before any of it is applied, which makes it
 * atomic under the store's lock; its future is complete when it is returned.
 */
final class InMemoryExecutions implements ExecutionStore {
  private final Object lock;
  private final Listing<ExecutionRecord> rows = new Listing<>();
  private final Map<String, String> arnsByMachineAndName = new HashMap<>();
  private final Map<String, List<HistoryEvent>> histories = new HashMap<>();
  private final Map<String, List<JournalEvent>> journals = new HashMap<>();
  private final InMemoryTimers timers = new InMemoryTimers();
  private final InMemoryTasks tasks = new InMemoryTasks();

  InMemoryExecutions(Object lock) {
    this.lock = lock;
  }

  @Override
  public CompletableFuture<CommitOutcome> commit(StepCommit commit) {
    try {
      synchronized (lock) {
        return CompletableFuture.completedFuture(apply(commit));
      }
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private CommitOutcome apply(StepCommit commit) {
    String arn = commit.executionArn();
    if (commit.created() != null) {
      Optional<ExecutionRecord> existing = sameName(commit.created());
      if (existing.isPresent()) {
        return new CommitOutcome.NameTaken(existing.get());
      }
    } else if (!rows.contains(arn)) {
      throw new IllegalStateException("Expected execution " + arn + " to exist, but it does not");
    }
    List<HistoryEvent> history = histories.getOrDefault(arn, List.of());
    HistoryOrder.requireContinues(arn, history.size(), commit.events());
    tasks.requireFreeTokens(commit.tasksToAdd());
    if (commit.created() != null) {
      create(commit.created());
    }
    if (commit.update() != null) {
      rows.replace(arn, rows.get(arn).with(commit.update()));
    }
    histories.get(arn).addAll(commit.events());
    journals.computeIfAbsent(arn, key -> new ArrayList<>()).addAll(commit.journal());
    timers.apply(arn, commit.timersToRemove(), commit.timersToAdd());
    tasks.apply(arn, commit.tasksToRemove(), commit.tasksToAdd());
    return CommitOutcome.Committed.INSTANCE;
  }

  private Optional<ExecutionRecord> sameName(ExecutionRecord execution) {
    String arn = arnsByMachineAndName.get(nameKey(execution));
    return Optional.ofNullable(rows.get(arn != null ? arn : execution.arn()));
  }

  private void create(ExecutionRecord execution) {
    rows.add(execution.arn(), execution);
    arnsByMachineAndName.put(nameKey(execution), execution.arn());
    histories.put(execution.arn(), new ArrayList<>());
  }

  private static String nameKey(ExecutionRecord execution) {
    return execution.stateMachineArn() + '\n' + execution.name();
  }

  @Override
  public Optional<ExecutionRecord> execution(String executionArn) {
    synchronized (lock) {
      return Optional.ofNullable(rows.get(executionArn));
    }
  }

  @Override
  public Page<ExecutionRecord> executions(ExecutionQuery query) {
    synchronized (lock) {
      return rows.page(query::matches, query.limit(), query.cursor(), true);
    }
  }

  @Override
  public Map<ExecutionStatus, Long> countExecutions(String stateMachineArn) {
    synchronized (lock) {
      Map<ExecutionStatus, Long> counts = new EnumMap<>(ExecutionStatus.class);
      rows.values(row -> row.stateMachineArn().equals(stateMachineArn))
          .forEach(row -> counts.merge(row.status(), 1L, Long::sum));
      return counts;
    }
  }

  @Override
  public List<HistoryEvent> history(String executionArn) {
    synchronized (lock) {
      return List.copyOf(histories.getOrDefault(executionArn, List.of()));
    }
  }

  @Override
  public List<JournalEvent> journal(String executionArn) {
    synchronized (lock) {
      return List.copyOf(journals.getOrDefault(executionArn, List.of()));
    }
  }

  @Override
  public List<HistoryEvent> history(String executionArn, long fromId, int limit, boolean reverse) {
    synchronized (lock) {
      List<HistoryEvent> history = histories.getOrDefault(executionArn, List.of());
      List<HistoryEvent> page = new ArrayList<>();
      int size = history.size();
      // Event ids are positions plus one, since every commit continues the history.
      long first = reverse ? Math.min(fromId, size) : Math.max(fromId, 1);
      int index = (int) Math.min(first, size + 1L) - 1;
      for (; index >= 0 && index < size && page.size() < limit; index += reverse ? -1 : 1) {
        page.add(history.get(index));
      }
      return page;
    }
  }

  @Override
  public List<TimerRecord> dueTimers(long now, int limit) {
    synchronized (lock) {
      return timers.due(now, limit);
    }
  }

  @Override
  public OptionalLong nextTimerDue() {
    synchronized (lock) {
      return timers.nextDue();
    }
  }

  @Override
  public List<TimerRecord> timers(String executionArn) {
    synchronized (lock) {
      return timers.of(executionArn);
    }
  }

  @Override
  public List<PendingTask> pendingTasks() {
    synchronized (lock) {
      return tasks.all();
    }
  }

  @Override
  public List<PendingTask> pendingTasks(String executionArn) {
    synchronized (lock) {
      return tasks.of(executionArn);
    }
  }

  @Override
  public Optional<PendingTask> taskByToken(String taskToken) {
    synchronized (lock) {
      return tasks.byTaskToken(taskToken);
    }
  }
}
