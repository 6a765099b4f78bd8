package io.stepwise.store;

/**
 * A published version of a state machine: an immutable snapshot of the machine's definition and
 * configuration when it was published.
 *
 * @param arn the version's ARN, the machine's ARN followed by {@code :number}
 * @param number the version's number, from 1; numbers of deleted versions are not reused
 * @param description the version's description, or {@code null}
 * @param creationDate epoch milliseconds
 * @param snapshot the machine as it was when the version was published
 */
public record VersionRecord(
    String arn, long number, String description, long creationDate, StateMachineRecord snapshot) {

  /** The ARN of the machine this is a version of. */
  public String stateMachineArn() {
    return snapshot.arn();
  }
}
