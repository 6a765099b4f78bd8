package io.stepwise.store;

import io.stepwise.engine.history.HistoryEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one step of one execution stores, atomically: the step's history events, the change to
 * the execution's row, the timers it sets and cancels, and the tasks it schedules and settles.
 * Either all of it is stored or none of it.
 *
 * @param created the row of the execution this commit starts, or {@code null} for a later step
 * @param update the new values of the row's changing fields, or {@code null} if they stay
 * @param events the step's events, with ids that follow the execution's last stored event
 * @param journal the step's events that stay out of the execution's own history, in order
 * @param timersToRemove ids of the execution's timers to delete (unknown ids are ignored)
 * @param tasksToRemove tokens of the execution's pending tasks to delete (unknown ones ignored)
 */
public record StepCommit(
    String executionArn,
    ExecutionRecord created,
    ExecutionUpdate update,
    List<HistoryEvent> events,
    List<JournalEvent> journal,
    List<TimerRecord> timersToAdd,
    List<Long> timersToRemove,
    List<PendingTask> tasksToAdd,
    List<Long> tasksToRemove) {

  public StepCommit {
    events = List.copyOf(events);
    journal = List.copyOf(journal);
    timersToAdd = List.copyOf(timersToAdd);
    timersToRemove = List.copyOf(timersToRemove);
    tasksToAdd = List.copyOf(tasksToAdd);
    tasksToRemove = List.copyOf(tasksToRemove);
    requireSameExecution(executionArn, created, timersToAdd, tasksToAdd);
  }

  /** Starts building the commit of a step of an existing execution. */
  public static Builder step(String executionArn) {
    return new Builder(executionArn, null);
  }

  /** Starts building the commit that creates {@code execution}. */
  public static Builder start(ExecutionRecord execution) {
    return new Builder(execution.arn(), execution);
  }

  private static void requireSameExecution(
      String arn, ExecutionRecord created, List<TimerRecord> timers, List<PendingTask> tasks) {
    boolean same =
        (created == null || created.arn().equals(arn))
            && timers.stream().allMatch(timer -> timer.executionArn().equals(arn))
            && tasks.stream().allMatch(task -> task.executionArn().equals(arn));
    if (!same) {
      throw new IllegalArgumentException(
          "Expected every part of the commit to belong to " + arn + ", but some does not");
    }
  }

  /** Collects the parts of a {@link StepCommit}. */
  public static final class Builder {
    private final String executionArn;
    private final ExecutionRecord created;
    private ExecutionUpdate update;
    private final List<HistoryEvent> events = new ArrayList<>();
    private final List<JournalEvent> journal = new ArrayList<>();
    private final List<TimerRecord> timersToAdd = new ArrayList<>();
    private final List<Long> timersToRemove = new ArrayList<>();
    private final List<PendingTask> tasksToAdd = new ArrayList<>();
    private final List<Long> tasksToRemove = new ArrayList<>();

    private Builder(String executionArn, ExecutionRecord created) {
      this.executionArn = executionArn;
      this.created = created;
    }

    public Builder update(ExecutionUpdate value) {
      update = value;
      return this;
    }

    public Builder events(List<HistoryEvent> values) {
      events.addAll(values);
      return this;
    }

    public Builder journal(List<JournalEvent> values) {
      journal.addAll(values);
      return this;
    }

    public Builder addTimer(long timerId, long dueTime) {
      timersToAdd.add(new TimerRecord(executionArn, timerId, dueTime));
      return this;
    }

    public Builder removeTimer(long timerId) {
      timersToRemove.add(timerId);
      return this;
    }

    public Builder addTask(PendingTask task) {
      tasksToAdd.add(task);
      return this;
    }

    public Builder removeTask(long token) {
      tasksToRemove.add(token);
      return this;
    }

    public StepCommit build() {
      return new StepCommit(
          executionArn,
          created,
          update,
          events,
          journal,
          timersToAdd,
          timersToRemove,
          tasksToAdd,
          tasksToRemove);
    }
  }
}
