package io.stepwise.store;

import io.stepwise.engine.ExecutionStatus;

/**
 * An execution's row: what DescribeExecution and ListExecutions show. Its history is stored apart.
 * Inputs and outputs are JSON text.
 *
 * @param versionArn the version the execution was started with, or {@code null}
 * @param aliasArn the alias the execution was started through, or {@code null}
 * @param revisionId the revision of the machine's definition that the execution runs; a replay
 *     after a restart must use it, whatever the machine's definition is by then (see {@link
 *     MachineStore#definition})
 * @param startDate epoch milliseconds
 * @param stopDate epoch milliseconds, or {@code null} while it runs
 * @param output the output JSON text, or {@code null}
 * @param error the error of a failed execution, or {@code null}
 * @param cause the cause of a failed execution, or {@code null}
 * @param redriveDate epoch milliseconds of the last redrive, or {@code null}
 * @param mapRunArn the Map Run that started this child execution, or {@code null}
 * @param testCase the test case of the mock configuration whose mocked responses the execution's
 *     Task states answer with (it was started on {@code <stateMachineArn>#<testCase>}), or {@code
 *     null}
 */
public record ExecutionRecord(
    String arn,
    String stateMachineArn,
    String versionArn,
    String aliasArn,
    String revisionId,
    String name,
    ExecutionStatus status,
    long startDate,
    Long stopDate,
    String input,
    String output,
    String error,
    String cause,
    int redriveCount,
    Long redriveDate,
    String mapRunArn,
    String testCase) {

  /** This row with {@code update} applied. */
  public ExecutionRecord with(ExecutionUpdate update) {
    return new ExecutionRecord(
        arn,
        stateMachineArn,
        versionArn,
        aliasArn,
        revisionId,
        name,
        update.status(),
        startDate,
        update.stopDate(),
        input,
        update.output(),
        update.error(),
        update.cause(),
        update.redriveCount(),
        update.redriveDate(),
        mapRunArn,
        testCase);
  }
}
