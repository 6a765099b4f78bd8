package io.stepwise.runtime.durable;

/**
 * An activity task waiting for a worker, as GetActivityTask hands it out.
 *
 * @param taskToken the token the worker answers with
 * @param input the task's input, as JSON text
 */
public record ActivityTask(
    String activityArn, String executionArn, long engineToken, String taskToken, String input) {}
