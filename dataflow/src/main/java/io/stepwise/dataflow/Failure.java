package io.stepwise.dataflow;

/**
 * An ASL error as a value: what flows into Retry and Catch, and what a failed execution reports.
 *
 * @param cause the human-readable cause, or {@code null}
 */
public record Failure(String error, String cause) {}
