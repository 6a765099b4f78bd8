package io.stepwise.runtime.logs;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.history.HistoryEventType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogLevelTest {

  private static List<String> logged(LogLevel level) {
    return Arrays.stream(HistoryEventType.values())
        .filter(level::logs)
        .map(HistoryEventType::awsName)
        .sorted()
        .toList();
  }

  @Test
  void allLogsEveryEventAndOffNone() {
    assertThat(logged(LogLevel.ALL)).hasSize(HistoryEventType.values().length);
    assertThat(logged(LogLevel.OFF)).isEmpty();
  }

  @Test
  void fatalLogsOnlyTheExecutionsOwnEnd() {
    assertThat(logged(LogLevel.FATAL))
        .containsExactly("ExecutionAborted", "ExecutionFailed", "ExecutionTimedOut");
  }

  /** The ERROR column of AWS's table of log levels, row by row. */
  @Test
  void errorLogsTheFailuresAbortsAndTimeoutsOfAwsTable() {
    assertThat(logged(LogLevel.ERROR))
        .containsExactly(
            "ExecutionAborted",
            "ExecutionFailed",
            "ExecutionTimedOut",
            "FailStateEntered",
            "LambdaFunctionFailed",
            "LambdaFunctionScheduleFailed",
            "LambdaFunctionStartFailed",
            "LambdaFunctionTimedOut",
            "MapIterationAborted",
            "MapIterationFailed",
            "MapStateAborted",
            "MapStateFailed",
            "ParallelStateAborted",
            "ParallelStateFailed",
            "TaskFailed",
            "TaskStartFailed",
            "TaskStateAborted",
            "TaskSubmitFailed",
            "TaskTimedOut",
            "WaitStateAborted");
  }

  @Test
  void errorLeavesOutEventsOfStatesThatWentWell() {
    assertThat(LogLevel.ERROR.logs(HistoryEventType.EXECUTION_STARTED)).isFalse();
    assertThat(LogLevel.ERROR.logs(HistoryEventType.TASK_STATE_ENTERED)).isFalse();
    assertThat(LogLevel.ERROR.logs(HistoryEventType.EXECUTION_SUCCEEDED)).isFalse();
  }
}
