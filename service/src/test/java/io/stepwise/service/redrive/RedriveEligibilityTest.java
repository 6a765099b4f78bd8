package io.stepwise.service.redrive;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.StepCommit;
import io.stepwise.store.memory.InMemoryStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedriveEligibilityTest {
  private static final long START = 1_700_000_000_000L;
  private static final long DAY = Duration.ofDays(1).toMillis();

  private final InMemoryStore store = new InMemoryStore();

  /** Stores an execution that ended with {@code status} one minute after it started. */
  private ExecutionRecord stored(String name, ExecutionStatus status, int events) {
    ExecutionRecord row =
        new ExecutionRecord(
            "arn:aws:states:us-east-1:123456789012:execution:M:" + name,
            "arn:aws:states:us-east-1:123456789012:stateMachine:M",
            null,
            null,
            "r1",
            name,
            status,
            START,
            status == ExecutionStatus.RUNNING ? null : START + 60_000,
            "{}",
            null,
            null,
            null,
            0,
            null,
            null,
            null);
    List<HistoryEvent> history = new ArrayList<>();
    for (int id = 1; id <= events; id++) {
      history.add(
          new HistoryEvent(
              id,
              id - 1,
              START,
              HistoryEventType.PASS_STATE_ENTERED,
              EventDetails.None.INSTANCE,
              0));
    }
    store.executions().commit(StepCommit.start(row).events(history).build()).join();
    return row;
  }

  private String reason(ExecutionRecord row, long now) {
    return RedriveEligibility.reasonAgainst(store.executions(), row, now).orElse("redrivable");
  }

  @Test
  void onlyEndedExecutionsThatDidNotSucceedAreRedrivable() {
    long now = START + DAY;

    assertThat(reason(stored("failed", ExecutionStatus.FAILED, 3), now)).isEqualTo("redrivable");
    assertThat(reason(stored("aborted", ExecutionStatus.ABORTED, 3), now)).isEqualTo("redrivable");
    assertThat(reason(stored("late", ExecutionStatus.TIMED_OUT, 3), now)).isEqualTo("redrivable");
    assertThat(reason(stored("ok", ExecutionStatus.SUCCEEDED, 3), now))
        .isEqualTo("Execution is SUCCEEDED and cannot be redriven");
    assertThat(reason(stored("on", ExecutionStatus.RUNNING, 3), now))
        .isEqualTo("Execution is RUNNING and cannot be redriven");
  }

  @Test
  void anExecutionIsRedrivableFor14DaysAfterItEnded() {
    ExecutionRecord failed = stored("failed", ExecutionStatus.FAILED, 3);
    long end = failed.stopDate();

    assertThat(reason(failed, end + 14 * DAY)).isEqualTo("redrivable");
    assertThat(reason(failed, end + 14 * DAY + 1))
        .isEqualTo("Execution redrivable period exceeded");
  }

  @Test
  void aHistoryAtTheEventLimitCannotTakeTheRedrive() {
    assertThat(reason(stored("room", ExecutionStatus.FAILED, 24_998), START + DAY))
        .isEqualTo("redrivable");
    assertThat(reason(stored("full", ExecutionStatus.FAILED, 24_999), START + DAY))
        .isEqualTo("Execution history event limit exceeded");
  }
}
