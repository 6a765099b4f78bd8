package io.stepwise.tasks.executions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.CompletionStage;

/** What {@link ChildExecutions#start} did. */
public sealed interface ChildStart {

  /**
   * The execution runs (or, when {@code resumed}, was started before and may have ended since).
   *
   * @param startDate epoch milliseconds
   * @param end completes, once the execution has ended, with DescribeExecution's answer for it as
   *     the API sends it (camel-case members, timestamps in epoch seconds)
   */
  record Started(
      String executionArn, long startDate, boolean resumed, CompletionStage<ObjectNode> end)
      implements ChildStart {}

  /**
   * StartExecution refused the request with the API error {@code type} (its {@code __type}, for
   * example {@code StateMachineDoesNotExist}) and {@code message}.
   */
  record Refused(String type, String message) implements ChildStart {}
}
