package io.stepwise.engine;

import com.fasterxml.jackson.databind.JsonNode;

/** What can happen to an execution from outside: the inputs of {@link Engine#decide}. */
public sealed interface Command {

  /** Starts the execution with its input. */
  record Start(JsonNode input) implements Command {}

  /** The task scheduled under {@code token} returned {@code output}. */
  record TaskSucceeded(long token, JsonNode output) implements Command {}

  /** The task scheduled under {@code token} failed. */
  record TaskFailed(long token, String error, String cause) implements Command {}

  /** A timer that an earlier {@link Effect.StartTimer} set is due. */
  record TimerFired(long timerId) implements Command {}

  /** StopExecution: the execution ends as ABORTED. */
  record Stop(String error, String cause) implements Command {}
}
