package io.stepwise.tasks.executions;

/** What {@link ChildExecutions#start} did. */
public sealed interface ChildStart {

  /**
   * The execution runs (or, when {@code resumed}, was started before and may have ended since).
   *
   * @param startDate epoch milliseconds
   */
  record Started(String executionArn, long startDate, boolean resumed) implements ChildStart {}

  /**
   * StartExecution refused the request with the API error {@code type} (its {@code __type}, for
   * example {@code StateMachineDoesNotExist}) and {@code message}.
   */
  record Refused(String type, String message) implements ChildStart {}
}
