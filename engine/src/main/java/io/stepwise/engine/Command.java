package io.stepwise.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.engine.history.MapRunSettings;

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
   * UpdateMapRun: the running Map Run {@code mapRunArn} takes the settings that are not {@code
   * null}.
   */
  record UpdateMapRun(
      String mapRunArn,
      Integer maxConcurrency,
      Long toleratedFailureCount,
      Double toleratedFailurePercentage)
      implements Command {

    /** {@code settings} with the ones this update sets. */
    public MapRunSettings applyTo(MapRunSettings settings) {
      return new MapRunSettings(
          maxConcurrency != null ? maxConcurrency : settings.maxConcurrency(),
          toleratedFailureCount != null ? toleratedFailureCount : settings.toleratedFailureCount(),
          toleratedFailurePercentage != null
              ? toleratedFailurePercentage
              : settings.toleratedFailurePercentage());
    }

    /** This update followed by {@code later}: the settings that either sets, later ones first. */
    public UpdateMapRun then(UpdateMapRun later) {
      return new UpdateMapRun(
          mapRunArn,
          later.maxConcurrency != null ? later.maxConcurrency : maxConcurrency,
          later.toleratedFailureCount != null ? later.toleratedFailureCount : toleratedFailureCount,
          later.toleratedFailurePercentage != null
              ? later.toleratedFailurePercentage
              : toleratedFailurePercentage);
    }
  }

  /**
   * RedriveExecution: a FAILED, TIMED_OUT or ABORTED execution runs again from the states that did
   * not succeed; an execution in any other status is left as it is.
   *
   * @param clientToken the request's idempotency token, or {@code null}
   */
  record Redrive(String clientToken) implements Command {}
}
