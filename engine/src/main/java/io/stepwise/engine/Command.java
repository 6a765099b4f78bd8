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

  /**
   * The task under {@code token}, which waits for a callback, was handed over: the invocation that
   * passed on its task token returned {@code output} (AWS's TaskSubmitted event).
   */
  record TaskSubmitted(long token, JsonNode output) implements Command {}

  /** A worker took the activity task under {@code token} (GetActivityTask). */
  record ActivityStarted(long token, String workerName) implements Command {}

  /** SendTaskHeartbeat: the task under {@code token} is alive; its heartbeat timer starts again. */
  record TaskHeartbeat(long token) implements Command {}

  /** A timer that an earlier {@link Effect.StartTimer} set is due. */
  record TimerFired(long timerId) implements Command {}

  /** StopExecution: the execution ends as ABORTED. */
  record Stop(String error, String cause) implements Command {}

  /**
   * RedriveExecution: a FAILED, TIMED_OUT or ABORTED execution runs again from the states that did
   * not succeed; an execution in any other status is left as it is.
   *
   * @param clientToken the request's idempotency token, or {@code null}
   */
  record Redrive(String clientToken) implements Command {}
}
