package io.stepwise.runtime.durable;

import io.stepwise.engine.Decision;
import io.stepwise.engine.Effect;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.state.ExecutionState;
import io.stepwise.store.ExecutionUpdate;
import io.stepwise.store.JournalEvent;
import io.stepwise.store.PendingTask;
import io.stepwise.store.StepCommit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one step of an execution changes: the events and effects of the decisions taken for the
 * commands of one batch, settled against the timers and tasks the execution had before. Timers and
 * tasks that no longer matter once the batch is decided are neither stored nor performed, and those
 * stored before are deleted.
 */
final class StepPlan {
  private final ExecutionState state;
  private final long now;
  private final List<HistoryEvent> events = new ArrayList<>();
  private final List<JournalEvent> journal = new ArrayList<>();
  private long lastOwnEventId;
  private final List<Effect.StartTimer> timers = new ArrayList<>();
  private final List<Effect.InvokeTask> tasks = new ArrayList<>();
  private final Set<Long> fired = new HashSet<>();
  private List<Effect.StartTimer> timersToAdd = List.of();
  private List<Long> timersToRemove = List.of();
  private List<Effect.InvokeTask> tasksToAdd = List.of();
  private List<Long> tasksToRemove = List.of();
  private ExecutionUpdate update;

  /** A plan for decisions taken at {@code now} (epoch ms). */
  StepPlan(ExecutionState state, long now) {
    this.state = state;
    this.now = now;
    this.lastOwnEventId = state.lastEventId();
  }

  /**
   * Records that timer {@code timerId} fired in this batch: its row goes unless it is set again.
   */
  void fired(long timerId) {
    fired.add(timerId);
  }

  void add(Decision decision) {
    for (HistoryEvent event : decision.events()) {
      // Child executions of a distributed Map number their events in their own histories; a
      // replay needs them, in order, from the journal.
      if (state.isOwnEvent(event)) {
        events.add(event);
        lastOwnEventId = event.id();
      } else {
        journal.add(new JournalEvent(lastOwnEventId, event));
      }
    }
    for (Effect effect : decision.effects()) {
      switch (effect) {
        case Effect.StartTimer timer -> timers.add(timer);
        case Effect.InvokeTask task -> tasks.add(task);
        case Effect.ExecutionCompleted completed -> {}
      }
    }
  }

  /** Settles the batch against the timers armed and tasks pending before it. */
  void settle(Set<Long> armedTimers, Set<Long> pendingTasks) {
    timersToAdd = timers.stream().filter(t -> Liveness.timer(state, t.timerId())).toList();
    Set<Long> added = new HashSet<>();
    timersToAdd.forEach(t -> added.add(t.timerId()));
    // A timer that fired inside the step and was never armed was never stored either.
    Set<Long> removed = new HashSet<>();
    for (long id : armedTimers) {
      if (fired.contains(id) || !Liveness.timer(state, id)) {
        removed.add(id);
      }
    }
    removed.removeAll(added);
    timersToRemove = List.copyOf(removed);
    tasksToAdd = tasks.stream().filter(t -> Liveness.task(state, t.token())).toList();
    tasksToRemove = pendingTasks.stream().filter(token -> !Liveness.task(state, token)).toList();
    update = ended() ? finalUpdate() : redriven() ? rowUpdate(null) : null;
  }

  boolean isEmpty() {
    return events.isEmpty()
        && journal.isEmpty()
        && update == null
        && timersToAdd.isEmpty()
        && timersToRemove.isEmpty()
        && tasksToAdd.isEmpty()
        && tasksToRemove.isEmpty();
  }

  /** The events of the batch that belong to the execution's own history. */
  List<HistoryEvent> events() {
    return events;
  }

  boolean ended() {
    return state.status() != ExecutionStatus.RUNNING;
  }

  /** The row's new fields when the batch ended or redrove the execution, else {@code null}. */
  ExecutionUpdate update() {
    return update;
  }

  private ExecutionUpdate finalUpdate() {
    return rowUpdate(events.isEmpty() ? now : events.getLast().timestamp());
  }

  /** Whether the batch redrove the execution, which makes its row RUNNING again. */
  private boolean redriven() {
    return events.stream().anyMatch(e -> e.type() == HistoryEventType.EXECUTION_REDRIVEN);
  }

  private ExecutionUpdate rowUpdate(Long stopDate) {
    String output = state.output() == null ? null : state.output().toString();
    Long redriveDate = state.redriveCount() == 0 ? null : state.redriveTime();
    return new ExecutionUpdate(
        state.status(),
        stopDate,
        output,
        state.error(),
        state.cause(),
        state.redriveCount(),
        redriveDate);
  }

  /** Fills {@code commit} with the settled step. */
  StepCommit commit(StepCommit.Builder commit, String executionArn) {
    commit.events(events).journal(journal).update(update);
    timersToAdd.forEach(t -> commit.addTimer(t.timerId(), t.dueTime()));
    timersToRemove.forEach(commit::removeTimer);
    for (Effect.InvokeTask task : tasksToAdd) {
      commit.addTask(
          new PendingTask(
              executionArn,
              task.token(),
              task.resource(),
              task.parameters().toString(),
              null,
              now));
    }
    tasksToRemove.forEach(commit::removeTask);
    return commit.build();
  }

  List<Effect.StartTimer> timersToAdd() {
    return timersToAdd;
  }

  List<Long> timersToRemove() {
    return timersToRemove;
  }

  List<Effect.InvokeTask> tasksToAdd() {
    return tasksToAdd;
  }

  List<Long> tasksToRemove() {
    return tasksToRemove;
  }
}
