package io.stepwise.store;

import io.stepwise.engine.history.HistoryEvent;
import java.util.List;

/** The rule every store applies to a commit's events: they continue the history, one by one. */
public final class HistoryOrder {

  private HistoryOrder() {}

  /**
   * Checks that {@code events} are numbered {@code lastEventId + 1}, {@code + 2}, ...
   *
   * @throws IllegalStateException if they are not: the caller lost or repeated a step
   */
  public static void requireContinues(
      String executionArn, long lastEventId, List<HistoryEvent> events) {
    long expected = lastEventId + 1;
    for (HistoryEvent event : events) {
      if (event.id() != expected) {
        throw new IllegalStateException(
            "Expected event "
                + expected
                + " of "
                + executionArn
                + " to come next, but got event "
                + event.id());
      }
      expected++;
    }
  }
}
