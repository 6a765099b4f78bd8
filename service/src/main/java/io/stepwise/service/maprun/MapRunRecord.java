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
 * @param redriveCount how many times a redrive of its execution ran it again
 * @param redriveDate epoch milliseconds of its latest redrive, or {@code null}
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
    Counts counts,
    int redriveCount,
    Long redriveDate) {

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
        counts,
        redriveCount,
        redriveDate);
  }

  /** This run as it ended, or, with {@code stopDate} {@code null}, as a redrive runs it again. */
  MapRunRecord with(String newStatus, Long newStopDate, Counts newCounts) {
    return new MapRunRecord(
        mapRunArn,
        executionArn,
        stateMachineArn,
        newStatus,
        startDate,
        newStopDate,
        settings,
        items,
        executions,
        newCounts,
        redriveCount,
        redriveDate);
  }

  /** This run redriven at {@code date}. */
  MapRunRecord redriven(long date) {
    return new MapRunRecord(
        mapRunArn,
        executionArn,
        stateMachineArn,
        "RUNNING",
        startDate,
        null,
        settings,
        items,
        executions,
        counts,
        redriveCount + 1,
        date);
  }

  /** How many child executions are in each state. */
  record Counts(int pending, int running, int succeeded, int failed, int aborted) {}
}
