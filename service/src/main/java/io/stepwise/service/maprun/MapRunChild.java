package io.stepwise.service.maprun;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One child execution of a Map Run, as its parent execution's history and journal tell it.
 *
 * @param executionArn its ARN ({@link io.stepwise.engine.history.MapRunChildNames})
 * @param index the index of its item, or of its batch with an ItemBatcher
 * @param started how many child executions of its Map Run had started before it (a child that a
 *     redrive runs again starts anew)
 * @param status RUNNING, SUCCEEDED, FAILED or ABORTED
 * @param startDate epoch milliseconds
 * @param stopDate epoch milliseconds, or {@code null} while it runs
 * @param output its result once it succeeded, else {@code null}
 * @param error its error once it failed, else {@code null}
 * @param cause its cause once it failed, else {@code null}
 */
public record MapRunChild(
    String executionArn,
    String name,
    int index,
    int started,
    String status,
    long startDate,
    Long stopDate,
    JsonNode input,
    JsonNode output,
    String error,
    String cause) {

  public static final String RUNNING = "RUNNING";

  /** This child as it ended at {@code date}; one that had already ended stays as it was. */
  MapRunChild ended(String newStatus, long date, JsonNode result, String newError, String reason) {
    if (!status.equals(RUNNING)) {
      return this;
    }
    return new MapRunChild(
        executionArn,
        name,
        index,
        started,
        newStatus,
        startDate,
        date,
        input,
        result,
        newError,
        reason);
  }
}
