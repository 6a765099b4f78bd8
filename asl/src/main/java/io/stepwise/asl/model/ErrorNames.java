package io.stepwise.asl.model;

import java.util.List;
import java.util.Set;

/**
 * The error names that Step Functions defines ({@code States.*}) and the one place where a
 * Retrier's or Catcher's {@code ErrorEquals} is matched against an error.
 */
public final class ErrorNames {
  public static final String ALL = "States.ALL";
  public static final String TIMEOUT = "States.Timeout";
  public static final String HEARTBEAT_TIMEOUT = "States.HeartbeatTimeout";
  public static final String TASK_FAILED = "States.TaskFailed";
  public static final String PERMISSIONS = "States.Permissions";
  public static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";
  public static final String PARAMETER_PATH_FAILURE = "States.ParameterPathFailure";
  public static final String QUERY_EVALUATION_ERROR = "States.QueryEvaluationError";
  public static final String BRANCH_FAILED = "States.BranchFailed";
  public static final String NO_CHOICE_MATCHED = "States.NoChoiceMatched";
  public static final String INTRINSIC_FAILURE = "States.IntrinsicFailure";
  public static final String EXCEED_TOLERATED_FAILURE_THRESHOLD =
      "States.ExceedToleratedFailureThreshold";
  public static final String ITEM_READER_FAILED = "States.ItemReaderFailed";
  public static final String RESULT_WRITER_FAILED = "States.ResultWriterFailed";
  public static final String RUNTIME = "States.Runtime";
  public static final String DATA_LIMIT_EXCEEDED = "States.DataLimitExceeded";
  public static final String HTTP_SOCKET = "States.Http.Socket";

  /** The error of an HTTP task whose response has a status outside 2xx: {@code ...<code>}. */
  public static final String HTTP_STATUS_CODE_PREFIX = "States.Http.StatusCode.";

  /** Every {@code States.*} name that a definition may use in {@code ErrorEquals}. */
  public static final Set<String> PREDEFINED =
      Set.of(
          ALL,
          TIMEOUT,
          HEARTBEAT_TIMEOUT,
          TASK_FAILED,
          PERMISSIONS,
          RESULT_PATH_MATCH_FAILURE,
          PARAMETER_PATH_FAILURE,
          QUERY_EVALUATION_ERROR,
          BRANCH_FAILED,
          NO_CHOICE_MATCHED,
          INTRINSIC_FAILURE,
          EXCEED_TOLERATED_FAILURE_THRESHOLD,
          ITEM_READER_FAILED,
          RESULT_WRITER_FAILED,
          RUNTIME,
          DATA_LIMIT_EXCEEDED,
          HTTP_SOCKET);

  private ErrorNames() {}

  /**
   * Whether a definition may name {@code name} in {@code ErrorEquals}: a name of its own, one of
   * {@link #PREDEFINED}, or an HTTP task's {@code States.Http.StatusCode.<three digits>}.
   */
  public static boolean isAllowedInErrorEquals(String name) {
    return !name.startsWith("States.")
        || PREDEFINED.contains(name)
        || name.startsWith(HTTP_STATUS_CODE_PREFIX)
            && name.length() == HTTP_STATUS_CODE_PREFIX.length() + 3
            && name.substring(HTTP_STATUS_CODE_PREFIX.length())
                .chars()
                .allMatch(Character::isDigit);
  }

  /**
   * Whether an {@code ErrorEquals} list matches {@code error}. {@code States.ALL} matches every
   * error but {@code States.Runtime} and {@code States.DataLimitExceeded}, which no Retry or Catch
   * can handle.
   */
  public static boolean matches(List<String> errorEquals, String error) {
    for (String name : errorEquals) {
      if (name.equals(error)) {
        return true;
      }
      if (name.equals(ALL) && !isTerminal(error)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code error} ends the execution whatever its Retry and Catch fields say. */
  public static boolean isTerminal(String error) {
    return RUNTIME.equals(error) || DATA_LIMIT_EXCEEDED.equals(error);
  }
}
