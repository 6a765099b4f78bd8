/**
 * Nested executions: the Task states whose resource is {@code
 * arn:aws:states:::states:startExecution}, with its {@code .sync}, {@code .sync:2} and {@code
 * .waitForTaskToken} patterns, which start executions of other state machines through {@link
 * io.stepwise.tasks.executions.ChildExecutions}, the Step Functions service's own StartExecution.
 */
package io.stepwise.tasks.executions;
