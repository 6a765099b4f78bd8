package io.stepwise.engine.step;

import io.stepwise.engine.history.HistoryEventType;
import java.util.regex.Pattern;

/**
 * The {@code resourceType} and {@code resource} that AWS records in task events for a Task state's
 * Resource ARN: {@code lambda} and {@code invoke} for {@code arn:aws:states:::lambda:invoke}; for
 * any other ARN its service and the ARN itself; and which events record the task.
 *
 * @param kind a service integration's task (Task* events), a legacy Lambda function ARN's
 *     (LambdaFunction* events) or an activity's ({@code arn:aws:states:<region>:<account>:activity:
 *     <name>}, Activity* events, started only when a worker takes the task)
 */
public record TaskResource(String resourceType, String resource, Kind kind) {
  private static final String CALLBACK_SUFFIX = ".waitForTaskToken";
  private static final Pattern WAITING_PATTERN =
      Pattern.compile("\\.(waitForTaskToken|sync(:\\d+)?)$");

  /** Which family of events records a task. */
  public enum Kind {
    SERVICE,
    LAMBDA_FUNCTION,
    ACTIVITY
  }

  /** Splits a Resource ARN once, when the definition is compiled. */
  public static TaskResource of(String arn) {
    String[] parts = arn.split(":", 7);
    if (parts.length == 7 && parts[2].equals("states") && parts[3].isEmpty()) {
      return new TaskResource(parts[5], parts[6], Kind.SERVICE);
    }
    Kind kind = Kind.SERVICE;
    if (parts.length >= 7 && parts[2].equals("lambda") && parts[5].equals("function")) {
      kind = Kind.LAMBDA_FUNCTION;
    } else if (parts.length == 7 && parts[2].equals("states") && parts[5].equals("activity")) {
      kind = Kind.ACTIVITY;
    }
    return new TaskResource(parts.length > 2 ? parts[2] : "local", arn, kind);
  }

  /** Whether the task waits for an answer from outside, which its task token carries. */
  public boolean waitsForToken() {
    return kind == Kind.ACTIVITY || waitsForCallback();
  }

  /** Whether the task hands its token to its resource and waits for a callback. */
  public boolean waitsForCallback() {
    return waitsForCallback(resource);
  }

  /** Whether a Resource ARN ends in {@code .waitForTaskToken}. */
  static boolean waitsForCallback(String arn) {
    return arn.endsWith(CALLBACK_SUFFIX);
  }

  /** The ARN to invoke for a Resource: without {@code .waitForTaskToken}, which is not called. */
  public static String invokedArn(String arn) {
    return waitsForCallback(arn) ? arn.substring(0, arn.length() - CALLBACK_SUFFIX.length()) : arn;
  }

  /**
   * Whether a Resource ARN ends in an integration pattern that waits for an answer from outside:
   * {@code .waitForTaskToken}, or {@code .sync} (of any version) for a job.
   */
  public static boolean waitsForAnswer(String arn) {
    return WAITING_PATTERN.matcher(arn).find();
  }

  /** The action a Resource ARN calls: the ARN without its {@code .sync} or callback pattern. */
  public static String action(String arn) {
    return WAITING_PATTERN.matcher(arn).replaceFirst("");
  }

  /** The type of the event that schedules this task. */
  HistoryEventType scheduledType() {
    return switch (kind) {
      case SERVICE -> HistoryEventType.TASK_SCHEDULED;
      case LAMBDA_FUNCTION -> HistoryEventType.LAMBDA_FUNCTION_SCHEDULED;
      case ACTIVITY -> HistoryEventType.ACTIVITY_SCHEDULED;
    };
  }

  /**
   * The type of the event that starts this task as it is scheduled, or {@code null} for an
   * activity, which starts when a worker takes it.
   */
  HistoryEventType startedType() {
    return switch (kind) {
      case SERVICE -> HistoryEventType.TASK_STARTED;
      case LAMBDA_FUNCTION -> HistoryEventType.LAMBDA_FUNCTION_STARTED;
      case ACTIVITY -> null;
    };
  }

  /** The type of the event of this task's result. */
  HistoryEventType succeededType() {
    return switch (kind) {
      case SERVICE -> HistoryEventType.TASK_SUCCEEDED;
      case LAMBDA_FUNCTION -> HistoryEventType.LAMBDA_FUNCTION_SUCCEEDED;
      case ACTIVITY -> HistoryEventType.ACTIVITY_SUCCEEDED;
    };
  }

  /** The type of the event of this task's failure, or of its time-out. */
  HistoryEventType failedType(boolean timedOut) {
    return switch (kind) {
      case SERVICE -> timedOut ? HistoryEventType.TASK_TIMED_OUT : HistoryEventType.TASK_FAILED;
      case LAMBDA_FUNCTION ->
          timedOut
              ? HistoryEventType.LAMBDA_FUNCTION_TIMED_OUT
              : HistoryEventType.LAMBDA_FUNCTION_FAILED;
      case ACTIVITY ->
          timedOut ? HistoryEventType.ACTIVITY_TIMED_OUT : HistoryEventType.ACTIVITY_FAILED;
    };
  }
}
