package io.stepwise.store.memory;

import io.stepwise.store.TimerRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.TreeSet;

/** Timers by execution and by due time. Not thread-safe: the store guards it. */
final class InMemoryTimers {
  static final Comparator<TimerRecord> DUE_ORDER =
      Comparator.comparingLong(TimerRecord::dueTime)
          .thenComparing(TimerRecord::executionArn)
          .thenComparingLong(TimerRecord::timerId);

  private final TreeSet<TimerRecord> byDue = new TreeSet<>(DUE_ORDER);
  private final Map<String, Map<Long, TimerRecord>> byExecution = new HashMap<>();

  /** Removes, then adds; a timer added with the id of an existing one replaces it. */
  void apply(String executionArn, List<Long> toRemove, List<TimerRecord> toAdd) {
    Map<Long, TimerRecord> own = byExecution.computeIfAbsent(executionArn, arn -> new TreeMap<>());
    for (long id : toRemove) {
      TimerRecord removed = own.remove(id);
      if (removed != null) {
        byDue.remove(removed);
      }
    }
    for (TimerRecord timer : toAdd) {
      TimerRecord replaced = own.put(timer.timerId(), timer);
      if (replaced != null) {
        byDue.remove(replaced);
      }
      byDue.add(timer);
    }
  }

  List<TimerRecord> due(long now, int limit) {
    List<TimerRecord> due = new ArrayList<>();
    for (TimerRecord timer : byDue) {
      if (timer.dueTime() > now || due.size() == limit) {
        break;
      }
      due.add(timer);
    }
    return due;
  }

  OptionalLong nextDue() {
    return byDue.isEmpty() ? OptionalLong.empty() : OptionalLong.of(byDue.first().dueTime());
  }

  List<TimerRecord> of(String executionArn) {
    return byExecution.getOrDefault(executionArn, Map.of()).values().stream()
        .sorted(DUE_ORDER)
        .toList();
  }
}
