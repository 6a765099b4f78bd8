package io.stepwise.store;

/**
 * An activity.
 *
 * @param encryptionConfiguration the {@code encryptionConfiguration} JSON, or {@code null}
 * @param creationDate epoch milliseconds
 */
public record ActivityRecord(
    String arn, String name, String encryptionConfiguration, long creationDate) {}
