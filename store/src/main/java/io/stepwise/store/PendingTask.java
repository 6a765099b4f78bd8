package io.stepwise.store;

/**
 * A task invocation that a committed step asked for and whose result is not committed yet. After a
 * crash the runtime dispatches every pending task again (at least once, as on AWS). A task waits
 * here until the step that records its result removes it.
 *
 * @param token the engine's token of the task within its execution
 * @param resource the task's resource ARN
 * @param parameters the task's effective parameters, as JSON text
 * @param taskToken the token a callback or an activity worker sends back, or {@code null} for a
 *     task that answers by itself; unique across the store
 * @param createdAt epoch milliseconds
 */
public record PendingTask(
    String executionArn,
    long token,
    String resource,
    String parameters,
    String taskToken,
    long createdAt) {}
