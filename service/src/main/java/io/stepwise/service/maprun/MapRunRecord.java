package io.stepwise.service.maprun;

import io.stepwise.engine.history.MapRunSettings;

/**
 * One Map Run of a distributed Map state, as its execution's history tells it.
 *
 * @param stopDate epoch milliseconds, or {@code null} while it runs
 * @param settings its settings as it started, as it ended, or as UpdateMapRun changed them
 * @param items how many items the Map state read
 * @param executions how many child executions the Map Run starts (fewer than items with batches)
 * @param counts how its child executions stand
 */
record MapRunRecord(
    String mapRunArn,
    String executionArn,
    String stateMachineArn,
    String status,
    long startDate,
    Long stopDate,
    MapRunSettings settings,
    int items,
    int executions,
    Counts counts) {

  /** This run with other settings. */
  MapRunRecord with(MapRunSettings changed) {
    return new MapRunRecord(
        mapRunArn,
        executionArn,
        stateMachineArn,
        status,
        startDate,
        stopDate,
        changed,
        items,
        executions,
        counts);
  }

  /** How many child executions are in each state. */
  record Counts(int pending, int running, int succeeded, int failed, int aborted) {}
}
