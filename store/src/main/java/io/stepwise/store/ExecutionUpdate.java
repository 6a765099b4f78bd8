package io.stepwise.store;

import io.stepwise.engine.ExecutionStatus;

/**
 * The fields of an execution's row that change while it runs: set together when it ends or is
 * redriven. The other fields never change after the row is created.
 */
public record ExecutionUpdate(
    ExecutionStatus status,
    Long stopDate,
    String output,
    String error,
    String cause,
    int redriveCount,
    Long redriveDate) {}
