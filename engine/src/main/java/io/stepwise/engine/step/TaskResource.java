package io.stepwise.engine.step;

import io.stepwise.engine.history.HistoryEventType;

/**
 * The {@code resourceType} and {@code resource} that AWS records in task events for a Task state's
 * Resource ARN: {@code lambda} and {@code invoke} for {@code arn:aws:states:::lambda:invoke}; for
 * any other ARN its service and the ARN itself.
 *
 * @param lambdaFunction whether the ARN is a Lambda function's ({@code
 *     arn:aws:lambda:<region>:<account>:function:<name>}), the legacy form whose task AWS records
 *     as LambdaFunctionScheduled, Started, Succeeded, Failed or TimedOut events
 */
public record TaskResource(String resourceType, String resource, boolean lambdaFunction) {

  /** Splits a Resource ARN once, when the definition is compiled. */
  public static TaskResource of(String arn) {
    String[] parts = arn.split(":", 7);
    if (parts.length == 7 && parts[2].equals("states") && parts[3].isEmpty()) {
      return new TaskResource(parts[5], parts[6], false);
    }
    boolean function =
        parts.length >= 7 && parts[2].equals("lambda") && parts[5].equals("function");
    return new TaskResource(parts.length > 2 ? parts[2] : "local", arn, function);
  }

  /** The type of the event that schedules this task. */
  HistoryEventType scheduledType() {
    return lambdaFunction
        ? HistoryEventType.LAMBDA_FUNCTION_SCHEDULED
        : HistoryEventType.TASK_SCHEDULED;
  }

  /** The type of the event that starts this task. */
  HistoryEventType startedType() {
    return lambdaFunction
        ? HistoryEventType.LAMBDA_FUNCTION_STARTED
        : HistoryEventType.TASK_STARTED;
  }

  /** The type of the event of this task's result. */
  HistoryEventType succeededType() {
    return lambdaFunction
        ? HistoryEventType.LAMBDA_FUNCTION_SUCCEEDED
        : HistoryEventType.TASK_SUCCEEDED;
  }

  /** The type of the event of this task's failure, or of its time-out. */
  HistoryEventType failedType(boolean timedOut) {
    if (lambdaFunction) {
      return timedOut
          ? HistoryEventType.LAMBDA_FUNCTION_TIMED_OUT
          : HistoryEventType.LAMBDA_FUNCTION_FAILED;
    }
    return timedOut ? HistoryEventType.TASK_TIMED_OUT : HistoryEventType.TASK_FAILED;
  }
}
