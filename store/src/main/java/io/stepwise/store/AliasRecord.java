package io.stepwise.store;

import java.util.List;

/**
 * An alias of a state machine, routing executions to one or two versions by weight.
 *
 * @param description the alias's description, or {@code null}
 * @param creationDate epoch milliseconds
 * @param updateDate epoch milliseconds of the last update, or {@code null} if never updated
 */
public record AliasRecord(
    String arn,
    String stateMachineArn,
    String name,
    String description,
    List<AliasRoute> routing,
    long creationDate,
    Long updateDate) {

  public AliasRecord {
    routing = List.copyOf(routing);
  }
}
