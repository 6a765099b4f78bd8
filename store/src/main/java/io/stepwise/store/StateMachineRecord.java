package io.stepwise.store;

/**
 * A state machine as stored: its current definition and configuration. JSON values (definition,
 * logging and encryption configuration) are kept as the text the caller gave.
 *
 * @param loggingConfiguration the {@code loggingConfiguration} JSON, or {@code null}
 * @param encryptionConfiguration the {@code encryptionConfiguration} JSON, or {@code null}
 * @param description the description, or {@code null}
 * @param creationDate epoch milliseconds
 * @param revisionId changes whenever the definition or configuration changes
 */
public record StateMachineRecord(
    String arn,
    String name,
    StateMachineType type,
    String definition,
    String roleArn,
    String loggingConfiguration,
    boolean tracingEnabled,
    String encryptionConfiguration,
    String description,
    long creationDate,
    String revisionId,
    StateMachineStatus status) {}
