package io.stepwise.service.maprun;

/**
 * One Map Run of a distributed Map state, as its execution's history tells it.
 *
 * @param stopDate epoch milliseconds, or {@code null} while it runs
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
    int maxConcurrency,
    long toleratedFailureCount,
    double toleratedFailurePercentage,
    int items,
    int executions,
    Counts counts) {

  /** How many child executions are in each state. */
  record Counts(int pending, int running, int succeeded, int failed, int aborted) {}
}
