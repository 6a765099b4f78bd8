package io.stepwise.service.redrive;

import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.step.DecisionBuilder;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.ExecutionStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Whether a Standard execution can be redriven now, and if not why, in the words of AWS's {@code
 * redriveStatusReason}: it must have failed, timed out or been aborted, less than 14 days ago,
 * within a year of its start, with room in its history for the redrive's event.
 */
public final class RedriveEligibility {
  static final long REDRIVABLE_PERIOD_MS = Duration.ofDays(14).toMillis();
  static final long MAX_OPEN_MS = Duration.ofDays(365).toMillis();

  private RedriveEligibility() {}

  /** Why {@code row} cannot be redriven at {@code now} (epoch ms), or empty if it can. */
  public static Optional<String> reasonAgainst(
      ExecutionStore executions, ExecutionRecord row, long now) {
    ExecutionStatus status = row.status();
    if (status == ExecutionStatus.RUNNING || status == ExecutionStatus.SUCCEEDED) {
      return Optional.of("Execution is " + status.name() + " and cannot be redriven");
    }
    if (lastEventId(executions, row) >= DecisionBuilder.HISTORY_LIMIT - 1) {
      return Optional.of("Execution history event limit exceeded");
    }
    if (now - row.startDate() > MAX_OPEN_MS) {
      return Optional.of("Execution has exceeded the max execution time");
    }
    if (row.stopDate() != null && now - row.stopDate() > REDRIVABLE_PERIOD_MS) {
      return Optional.of("Execution redrivable period exceeded");
    }
    return Optional.empty();
  }

  private static long lastEventId(ExecutionStore executions, ExecutionRecord row) {
    List<HistoryEvent> last = executions.history(row.arn(), Long.MAX_VALUE, 1, true);
    return last.isEmpty() ? 0 : last.getFirst().id();
  }
}
