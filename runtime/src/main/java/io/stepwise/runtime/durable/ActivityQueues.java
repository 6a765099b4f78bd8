package io.stepwise.runtime.durable;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The activity tasks that wait for workers, and the workers that wait for tasks (GetActivityTask's
 * long poll), by activity ARN. Each task goes to exactly one worker; a poll that gets nothing in
 * its time answers empty. Nothing here holds a thread: a waiting worker is a future.
 */
final class ActivityQueues {
  private final Map<String, Queue<ActivityTask>> tasks = new HashMap<>();
  private final Map<String, Queue<CompletableFuture<Optional<ActivityTask>>>> workers =
      new HashMap<>();
  private final Predicate<ActivityTask> stillPending;

  /**
   * @param stillPending whether a queued task still waits (its execution may have moved on)
   */
  ActivityQueues(Predicate<ActivityTask> stillPending) {
    this.stillPending = stillPending;
  }

  /** Hands {@code task} to a waiting worker, or queues it for the next one. */
  void offer(ActivityTask task) {
    while (true) {
      CompletableFuture<Optional<ActivityTask>> worker;
      synchronized (this) {
        worker = queue(workers, task.activityArn()).poll();
        if (worker == null) {
          queue(tasks, task.activityArn()).add(task);
          return;
        }
      }
      if (worker.complete(Optional.of(task))) {
        return;
      }
    }
  }

  /** The next task of {@code activityArn}, at once if one waits, else within {@code wait}. */
  CompletableFuture<Optional<ActivityTask>> poll(String activityArn, Duration wait) {
    CompletableFuture<Optional<ActivityTask>> worker = new CompletableFuture<>();
    synchronized (this) {
      ActivityTask task;
      while ((task = queue(tasks, activityArn).poll()) != null) {
        if (stillPending.test(task)) {
          worker.complete(Optional.of(task));
          return worker;
        }
      }
      queue(workers, activityArn).add(worker);
    }
    worker.completeOnTimeout(Optional.empty(), wait.toMillis(), TimeUnit.MILLISECONDS);
    return worker;
  }

  /** Ends every waiting poll, empty, as the runtime stops. */
  synchronized void close() {
    workers.values().forEach(queue -> queue.forEach(w -> w.complete(Optional.empty())));
    workers.clear();
  }

  private static <T> Queue<T> queue(Map<String, Queue<T>> byArn, String activityArn) {
    return byArn.computeIfAbsent(activityArn, arn -> new ArrayDeque<>());
  }
}
