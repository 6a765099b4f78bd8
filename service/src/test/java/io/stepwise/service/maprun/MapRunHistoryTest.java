package io.stepwise.service.maprun;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.history.MapRunSettings;
import io.stepwise.store.ExecutionRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapRunHistoryTest {
  private static final String PREFIX = "arn:aws:states:us-east-1:123456789012:";
  private static final MapRunSettings SETTINGS = new MapRunSettings(2, 1, -1);
  private static final ExecutionRecord EXECUTION =
      new ExecutionRecord(
          PREFIX + "execution:M:run",
          PREFIX + "stateMachine:M",
          null,
          null,
          "r1",
          "run",
          ExecutionStatus.ABORTED,
          0,
          90L,
          "[]",
          null,
          null,
          null,
          0,
          null,
          null,
          null);

  private final List<HistoryEvent> history = new ArrayList<>();

  private void event(long time, HistoryEventType type, EventDetails details, int thread) {
    history.add(new HistoryEvent(history.size() + 1, 0, time, type, details, thread));
  }

  private void mapRun(String label, int thread, int items, int executions) {
    event(10, HistoryEventType.MAP_STATE_STARTED, new EventDetails.MapStateStarted(items), thread);
    event(
        10,
        HistoryEventType.MAP_RUN_STARTED,
        new EventDetails.MapRunStarted(
            PREFIX + "mapRun:M/" + label + ":run-" + history.size(), SETTINGS, executions, null),
        thread);
  }

  @Test
  void runsEndAsTheirEventsSayAndThoseOpenWhenTheExecutionEndsAreAborted() {
    mapRun("batched", 0, 5, 2);
    event(20, HistoryEventType.MAP_RUN_SUCCEEDED, new EventDetails.MapRunSucceeded(SETTINGS), 0);
    mapRun("failing", 1, 4, 4);
    MapRunSettings updated = new MapRunSettings(4, 0, -1);
    event(
        30,
        HistoryEventType.MAP_RUN_FAILED,
        new EventDetails.MapRunFailed("E", "c", updated, 1, 1, 1),
        1);
    mapRun("open", 2, 3, 3);
    event(90, HistoryEventType.EXECUTION_ABORTED, new EventDetails.ErrorDetails(null, null), 0);

    List<MapRunRecord> runs = MapRunHistory.of(EXECUTION, history);

    assertThat(runs)
        .extracting(MapRunRecord::status)
        .containsExactly("SUCCEEDED", "FAILED", "ABORTED");
    assertThat(runs.get(0).items()).isEqualTo(5);
    assertThat(runs.get(0).counts()).isEqualTo(new MapRunRecord.Counts(0, 0, 2, 0, 0));
    assertThat(runs.get(0).stateMachineArn()).isEqualTo(PREFIX + "stateMachine:M/batched");
    assertThat(runs.get(1).settings()).isEqualTo(updated);
    assertThat(runs.get(1).counts()).isEqualTo(new MapRunRecord.Counts(1, 0, 1, 1, 1));
    assertThat(runs.get(2).stopDate()).isEqualTo(90L);
    assertThat(runs.get(2).counts()).isEqualTo(new MapRunRecord.Counts(0, 0, 0, 0, 3));
  }

  @Test
  void historiesStoredBeforeTheEndEventsCarriedDetailsAreRead() {
    mapRun("old", 0, 2, 2);
    event(20, HistoryEventType.MAP_RUN_FAILED, new EventDetails.ErrorDetails("E", "c"), 0);

    MapRunRecord run = MapRunHistory.of(EXECUTION, history).getFirst();

    assertThat(run.status()).isEqualTo("FAILED");
    assertThat(run.settings()).isEqualTo(SETTINGS);
    assertThat(run.stopDate()).isEqualTo(20L);
  }
}
