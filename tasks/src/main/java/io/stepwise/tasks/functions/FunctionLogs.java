package io.stepwise.tasks.functions;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The logs of each function's most recent invocations, newest last: what a user reads to see what a
 * function printed, as in its CloudWatch log group.
 */
public final class FunctionLogs {
  /** How many invocation logs are kept per function. */
  public static final int KEPT = 100;

  private final Map<String, Deque<String>> logs = new ConcurrentHashMap<>();

  void record(String functionName, String log) {
    Deque<String> recent = logs.computeIfAbsent(functionName, name -> new ArrayDeque<>());
    synchronized (recent) {
      recent.addLast(log);
      if (recent.size() > KEPT) {
        recent.removeFirst();
      }
    }
  }

  /** The logs of {@code functionName}'s recent invocations, oldest first. */
  public List<String> of(String functionName) {
    Deque<String> recent = logs.get(functionName);
    if (recent == null) {
      return List.of();
    }
    synchronized (recent) {
      return List.copyOf(recent);
    }
  }
}
