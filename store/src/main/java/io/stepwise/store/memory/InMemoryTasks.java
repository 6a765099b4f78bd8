package io.stepwise.store.memory;

import io.stepwise.store.PendingTask;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Pending tasks by execution and by task token. Not thread-safe: the store guards it. */
final class InMemoryTasks {
  private static final Comparator<PendingTask> AGE_ORDER =
      Comparator.comparingLong(PendingTask::createdAt)
          .thenComparing(PendingTask::executionArn)
          .thenComparingLong(PendingTask::token);

  private final Map<String, Map<Long, PendingTask>> byExecution = new HashMap<>();
  private final Map<String, PendingTask> byTaskToken = new HashMap<>();

  /**
   * Checks that no task to add reuses a task token that another pending task holds.
   *
   * @throws IllegalStateException if one does: task tokens must be unique
   */
  void requireFreeTokens(List<PendingTask> toAdd) {
    for (PendingTask task : toAdd) {
      PendingTask holder = task.taskToken() == null ? null : byTaskToken.get(task.taskToken());
      if (holder != null && !sameTask(holder, task)) {
        throw new IllegalStateException(
            "Expected task token " + task.taskToken() + " to be unused, but a task holds it");
      }
    }
  }

  /** Removes, then adds; a task added with the token of an existing one replaces it. */
  void apply(String executionArn, List<Long> toRemove, List<PendingTask> toAdd) {
    Map<Long, PendingTask> own = byExecution.computeIfAbsent(executionArn, arn -> new TreeMap<>());
    for (long token : toRemove) {
      forgetToken(own.remove(token));
    }
    for (PendingTask task : toAdd) {
      forgetToken(own.put(task.token(), task));
      if (task.taskToken() != null) {
        byTaskToken.put(task.taskToken(), task);
      }
    }
  }

  List<PendingTask> all() {
    return byExecution.values().stream()
        .flatMap(tasks -> tasks.values().stream())
        .sorted(AGE_ORDER)
        .toList();
  }

  List<PendingTask> of(String executionArn) {
    return List.copyOf(byExecution.getOrDefault(executionArn, Map.of()).values());
  }

  Optional<PendingTask> byTaskToken(String taskToken) {
    return Optional.ofNullable(byTaskToken.get(taskToken));
  }

  private void forgetToken(PendingTask task) {
    if (task != null && task.taskToken() != null) {
      byTaskToken.remove(task.taskToken());
    }
  }

  private static boolean sameTask(PendingTask a, PendingTask b) {
    return a.executionArn().equals(b.executionArn()) && a.token() == b.token();
  }
}
