package io.stepwise.service.maprun;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * How a Map Run's child executions and their items stand. The child executions that its execution's
 * history and journal record say it while the run runs, and after; a run whose events name no child
 * (one stored before its children were journaled) falls back on the counts its end event gave.
 */
final class MapRunCounts {

  private MapRunCounts() {}

  /** How the child executions stand: those not started yet are pending. */
  static MapRunRecord.Counts executions(MapRunRecord run, List<MapRunChild> children) {
    return children.isEmpty() ? run.counts() : count(children, child -> 1, run.executions());
  }

  /** How the items stand: each child execution counts the items it processes. */
  static MapRunRecord.Counts items(MapRunRecord run, List<MapRunChild> children) {
    if (children.isEmpty()) {
      return historyItems(run);
    }
    return count(children, child -> itemCount(run, child), run.items());
  }

  /**
   * How many items {@code child} processes: one, or, when the Map state batches its items, those of
   * its batch ({@code Items} of its input).
   */
  static int itemCount(MapRunRecord run, MapRunChild child) {
    return run.items() == run.executions() ? 1 : child.input().path("Items").size();
  }

  private static MapRunRecord.Counts count(
      List<MapRunChild> children, ToIntFunction<MapRunChild> weight, int total) {
    int running = 0;
    int succeeded = 0;
    int failed = 0;
    int aborted = 0;
    for (MapRunChild child : children) {
      int n = weight.applyAsInt(child);
      switch (child.status()) {
        case MapRunChild.RUNNING -> running += n;
        case "SUCCEEDED" -> succeeded += n;
        case "FAILED" -> failed += n;
        default -> aborted += n;
      }
    }
    int pending = Math.max(0, total - running - succeeded - failed - aborted);
    return new MapRunRecord.Counts(pending, running, succeeded, failed, aborted);
  }

  /**
   * How the items stand by the history alone: as the child executions when each took one item; with
   * batches, every item while the run waits or once it succeeded, and otherwise the counts of the
   * executions, since the history does not record which batch held which items.
   */
  private static MapRunRecord.Counts historyItems(MapRunRecord run) {
    if (run.items() == run.executions()) {
      return run.counts();
    }
    return switch (run.status()) {
      case "SUCCEEDED" -> new MapRunRecord.Counts(0, 0, run.items(), 0, 0);
      case "RUNNING" -> new MapRunRecord.Counts(run.items(), 0, 0, 0, 0);
      default -> run.counts();
    };
  }
}
