package io.stepwise.tasks.executions;

/**
 * How a Task state starts, watches and stops other executions. The Step Functions service
 * implements it with its own StartExecution, so that a child execution is resolved (by a machine's,
 * a version's or an alias's ARN), named, checked and started exactly as one that a client starts.
 */
public interface ChildExecutions {

  /**
   * Starts an execution, as StartExecution does.
   *
   * @param input the execution's input, as JSON text
   * @param ownName whether {@code name} was made for this very task: an execution that has it
   *     already was started by an earlier dispatch of the task (before a restart), and is answered
   *     as {@linkplain ChildStart.Started#resumed resumed}, whatever its status
   */
  ChildStart start(String stateMachineArn, String name, String input, boolean ownName);

  /** Stops the execution (StopExecution) if it still runs. */
  void stop(String executionArn);
}
