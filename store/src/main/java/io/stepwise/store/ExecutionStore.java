package io.stepwise.store;

import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.HistoryEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * Executions: their rows, histories, timers and pending tasks, all written by {@link #commit}.
 *
 * <p>Lifecycle of an execution: a commit built with {@link StepCommit#start} creates its row with
 * its first events (or answers {@link CommitOutcome.NameTaken}); every later step of the runtime is
 * one commit built with {@link StepCommit#step}, submitted only after the previous step's commit of
 * the same execution has completed; the step that ends the execution updates its row to its final
 * status. Rows and histories are kept after the execution ends.
 *
 * <p>Reads see every commit whose future has completed.
 */
public interface ExecutionStore {

  /**
   * Stores one step atomically. Commits that many threads submit at the same time may be stored
   * together (group commit); the future completes once the commit is durable, that is on disk for a
   * durable store. A commit that cannot be stored (an event id that already exists, a step of an
   * unknown execution) completes the future exceptionally and stores nothing, without affecting
   * other commits.
   */
  CompletableFuture<CommitOutcome> commit(StepCommit commit);

  /** The row of an execution. */
  Optional<ExecutionRecord> execution(String executionArn);

  /** A page of executions, newest first. */
  Page<ExecutionRecord> executions(ExecutionQuery query);

  /**
   * How many executions of a machine there are with each status (statuses with none are absent).
   */
  Map<ExecutionStatus, Long> countExecutions(String stateMachineArn);

  /** The whole history of an execution in id order, for a replay; empty if it is unknown. */
  List<HistoryEvent> history(String executionArn);

  /**
   * The events of an execution that stay out of its own history (see {@link JournalEvent}), in the
   * order they were committed; empty if it is unknown.
   */
  List<JournalEvent> journal(String executionArn);

  /**
   * Every event the engine folds to rebuild an execution, in the order its decisions emitted them:
   * its history with its journal between its events.
   */
  default List<HistoryEvent> replayHistory(String executionArn) {
    return JournalEvent.merge(history(executionArn), journal(executionArn));
  }

  /**
   * At most {@code limit} events of an execution's history: in id order from the event {@code
   * fromId} on, or, if {@code reverse}, in reverse order from the event {@code fromId} back ({@link
   * Long#MAX_VALUE} starts at the last event).
   */
  List<HistoryEvent> history(String executionArn, long fromId, int limit, boolean reverse);

  /** At most {@code limit} timers due at {@code now} (epoch ms) or before, earliest first. */
  List<TimerRecord> dueTimers(long now, int limit);

  /** The due time of the earliest timer, or empty if there is none. */
  OptionalLong nextTimerDue();

  /** The timers of one execution, earliest first. */
  List<TimerRecord> timers(String executionArn);

  /** Every pending task, oldest first: what the runtime dispatches again after a restart. */
  List<PendingTask> pendingTasks();

  /** The pending tasks of one execution, by token. */
  List<PendingTask> pendingTasks(String executionArn);

  /** The pending task that waits for {@code taskToken}. */
  Optional<PendingTask> taskByToken(String taskToken);
}
