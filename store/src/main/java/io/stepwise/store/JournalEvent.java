package io.stepwise.store;

import io.stepwise.engine.history.HistoryEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * An event that the engine folds but that stays out of the execution's own history: one of a child
 * execution of a distributed Map state (numbered in the child's own history), or a MapRunUpdated. A
 * replay needs them in the order they were emitted, between the execution's own events.
 *
 * @param afterEventId the id of the execution's own event that came last before this one (0 for
 *     none)
 */
public record JournalEvent(long afterEventId, HistoryEvent event) {

  /**
   * Every event of an execution in the order its decisions emitted them: its own {@code history}
   * with each event of its {@code journal} (in journal order) after the own event it followed.
   */
  public static List<HistoryEvent> merge(List<HistoryEvent> history, List<JournalEvent> journal) {
    List<HistoryEvent> all = new ArrayList<>(history.size() + journal.size());
    int next = 0;
    for (HistoryEvent event : history) {
      while (next < journal.size() && journal.get(next).afterEventId() < event.id()) {
        all.add(journal.get(next++).event());
      }
      all.add(event);
    }
    while (next < journal.size()) {
      all.add(journal.get(next++).event());
    }
    return all;
  }
}
