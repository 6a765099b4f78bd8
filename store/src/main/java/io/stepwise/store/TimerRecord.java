package io.stepwise.store;

/**
 * A stored timer: at {@code dueTime} (epoch ms) the runtime fires the engine's timer {@code
 * timerId} of the execution. A timer is identified by its execution and id.
 */
public record TimerRecord(String executionArn, long timerId, long dueTime) {}
