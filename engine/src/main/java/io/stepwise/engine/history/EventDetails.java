package io.stepwise.engine.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.dataflow.Failure;
import java.util.Map;

/**
 * The details of a history event, one record per details shape of AWS's {@code HistoryEvent}.
 * Inputs and outputs are JSON values here; the renderer writes them as JSON text, as AWS does.
 */
public sealed interface EventDetails
    permits EventDetails.None,
        EventDetails.ExecutionStarted,
        EventDetails.ChildExecutionStarted,
        EventDetails.ExecutionSucceeded,
        EventDetails.ErrorDetails,
        EventDetails.StateEntered,
        EventDetails.StateExited,
        EventDetails.MapStateStarted,
        EventDetails.MapIteration,
        EventDetails.StateFailed,
        EventDetails.TaskScheduled,
        EventDetails.TaskStarted,
        EventDetails.TaskSubmitted,
        EventDetails.ActivityStarted,
        EventDetails.TaskSucceeded,
        EventDetails.TaskFailed,
        EventDetails.MapRunStarted,
        EventDetails.MapRunSucceeded,
        EventDetails.MapRunFailed,
        EventDetails.MapRunUpdated,
        EventDetails.MapRunRedriven,
        EventDetails.ExecutionRedriven,
        EventDetails.EvaluationFailed {

  /** No details: the event carries only the common fields. */
  record None() implements EventDetails {
    public static final None INSTANCE = new None();
  }

  /** {@code executionStartedEventDetails}. */
  record ExecutionStarted(JsonNode input, String roleArn) implements EventDetails {}

  /**
   * The {@code executionStartedEventDetails} of a child execution of a distributed Map state.
   *
   * @param mapThread the engine's thread of the Map state (not shown by AWS)
   * @param index the index of the item, or of the first item of the batch (not shown by AWS)
   */
  record ChildExecutionStarted(JsonNode input, String roleArn, int mapThread, int index)
      implements EventDetails {}

  /** {@code executionSucceededEventDetails}. */
  record ExecutionSucceeded(JsonNode output) implements EventDetails {}

  /**
   * The {@code error} and {@code cause} shape shared by ExecutionFailed, ExecutionAborted,
   * ExecutionTimedOut and MapRunFailed; either may be null.
   */
  record ErrorDetails(String error, String cause) implements EventDetails {}

  /** {@code stateEnteredEventDetails}. */
  record StateEntered(String name, JsonNode input) implements EventDetails {}

  /**
   * {@code stateExitedEventDetails}.
   *
   * @param next the state the thread enters next, or {@code null} when the thread ends; AWS does
   *     not show it, the engine records it so that a replay need not evaluate Choice rules again
   * @param assignedVariables the variables the state's {@code Assign} set, by name in the order
   *     written, or {@code null} when the state has no {@code Assign}
   */
  record StateExited(
      String name, JsonNode output, String next, Map<String, JsonNode> assignedVariables)
      implements EventDetails {

    /** A state that assigns no variables. */
    public StateExited(String name, JsonNode output, String next) {
      this(name, output, next, null);
    }
  }

  /** {@code mapStateStartedEventDetails}. */
  record MapStateStarted(int length) implements EventDetails {}

  /**
   * The {@code MapIterationEventDetails} of the four MapIteration events.
   *
   * @param failure why a MapIterationFailed iteration failed, when no event of the iteration says
   *     it (an error in the iteration's data flow); {@code null} otherwise. AWS does not show it.
   */
  record MapIteration(String name, int index, Failure failure) implements EventDetails {}

  /**
   * The failure of a MapStateFailed or ParallelStateFailed event, which AWS does not show but the
   * engine needs to fold the history into state.
   */
  record StateFailed(Failure failure) implements EventDetails {}

  /**
   * {@code taskScheduledEventDetails}.
   *
   * @param timeoutInSeconds the task's timeout, or {@code null}
   * @param heartbeatInSeconds the task's heartbeat interval, or {@code null}
   */
  record TaskScheduled(
      String resourceType,
      String resource,
      String region,
      JsonNode parameters,
      Long timeoutInSeconds,
      Long heartbeatInSeconds)
      implements EventDetails {}

  /** {@code taskStartedEventDetails}. */
  record TaskStarted(String resourceType, String resource) implements EventDetails {}

  /** What the invocation of a task that waits for a callback returned when it handed it over. */
  record TaskSubmitted(String resourceType, String resource, JsonNode output)
      implements EventDetails {}

  /** The worker that took an activity task. */
  record ActivityStarted(String workerName) implements EventDetails {}

  /** {@code taskSucceededEventDetails}. */
  record TaskSucceeded(String resourceType, String resource, JsonNode output)
      implements EventDetails {}

  /** {@code taskFailedEventDetails} and {@code taskTimedOutEventDetails}. */
  record TaskFailed(String resourceType, String resource, String error, String cause)
      implements EventDetails {}

  /**
   * {@code mapRunStartedEventDetails}, with what AWS does not show in the history: the Map Run's
   * settings and how many child executions it starts (one per item, or per batch), which
   * DescribeMapRun shows, and the items that the Map's ItemReader read.
   *
   * @param items the items that the Map's ItemReader read, kept so that a replay needs no second
   *     read; {@code null} when the items came from the state's input
   */
  record MapRunStarted(String mapRunArn, MapRunSettings settings, int executions, JsonNode items)
      implements EventDetails {}

  /**
   * The details of MapRunSucceeded, which AWS shows without any: the Map Run's settings when it
   * ended, for DescribeMapRun.
   */
  record MapRunSucceeded(MapRunSettings settings) implements EventDetails {}

  /**
   * {@code mapRunFailedEventDetails}, with the Map Run's settings and how its child executions
   * stood when it failed (those still running are aborted), which AWS does not show in the history
   * but DescribeMapRun does.
   */
  record MapRunFailed(
      String error, String cause, MapRunSettings settings, int succeeded, int failed, int aborted)
      implements EventDetails {}

  /** The details of Stepwise's own MapRunUpdated: the Map Run's settings from then on. */
  record MapRunUpdated(MapRunSettings settings) implements EventDetails {}

  /** {@code mapRunRedrivenEventDetails}: a Map Run that a redrive of its execution runs again. */
  record MapRunRedriven(String mapRunArn, int redriveCount) implements EventDetails {}

  /**
   * {@code executionRedrivenEventDetails}.
   *
   * @param clientToken the RedriveExecution request's idempotency token, or {@code null}; AWS does
   *     not show it, the service reads it to answer a repeated request as the first one
   */
  record ExecutionRedriven(int redriveCount, String clientToken) implements EventDetails {}

  /** {@code evaluationFailedEventDetails}. */
  record EvaluationFailed(String error, String cause, String location, String state)
      implements EventDetails {}
}
