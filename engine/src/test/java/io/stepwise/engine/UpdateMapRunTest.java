package io.stepwise.engine;

import static io.stepwise.engine.EngineHarness.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import org.junit.jupiter.api.Test;

/** UpdateMapRun in the engine; the harness checks the replay after every decision. */
class UpdateMapRunTest {
  static final String FN = "arn:aws:states:::lambda:invoke";

  /** The ARN of the execution's first Map Run. */
  static String mapRunArn(EngineHarness run) {
    return run.history().stream()
        .filter(e -> e.type() == HistoryEventType.MAP_RUN_STARTED)
        .map(e -> ((EventDetails.MapRunStarted) e.details()).mapRunArn())
        .findFirst()
        .orElseThrow();
  }

  private static long childExecutions(EngineHarness run) {
    return run.journal().stream()
        .filter(e -> !run.state().isOwnEvent(e))
        .map(HistoryEvent::type)
        .filter(HistoryEventType.EXECUTION_STARTED::equals)
        .count();
  }

  @Test
  void aHigherMaxConcurrencyStartsMoreChildExecutionsAtOnce() {
    var run =
        given(
                """
                {"StartAt":"M","States":{"M":{"Type":"Map","End":true,"MaxConcurrency":1,
                  "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
                    "StartAt":"T","States":{"T":{"Type":"Task","Resource":"%s","End":true}}}}}}"""
                    .formatted(FN))
            .run("[1,2,3]");
    assertThat(childExecutions(run)).isEqualTo(1);

    run.send(new Command.UpdateMapRun(mapRunArn(run), 3, null, null));

    assertThat(childExecutions(run)).isEqualTo(3);
    assertThat(run.state().status()).isEqualTo(ExecutionStatus.RUNNING);
  }

  @Test
  void aLowerToleranceFailsTheMapRunAtOnceAndTheEndRecordsTheNewSettings() {
    var run =
        given(
                """
                {"StartAt":"M","States":{"M":{"Type":"Map","End":true,"MaxConcurrency":1,
                  "ToleratedFailureCount":1,
                  "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
                    "StartAt":"C","States":{
                      "C":{"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":0,"Next":"F"}],"Default":"T"},
                      "F":{"Type":"Fail","Error":"Zero"},
                      "T":{"Type":"Task","Resource":"%s","End":true}}}}}}"""
                    .formatted(FN))
            .run("[0,1]");
    assertThat(run.state().status()).isEqualTo(ExecutionStatus.RUNNING);

    run.send(new Command.UpdateMapRun(mapRunArn(run), null, 0L, null));

    assertThat(run.state().status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(run.state().error()).isEqualTo("States.ExceedToleratedFailureThreshold");
    HistoryEvent failed =
        run.history().stream()
            .filter(e -> e.type() == HistoryEventType.MAP_RUN_FAILED)
            .findFirst()
            .orElseThrow();
    var details = (EventDetails.MapRunFailed) failed.details();
    assertThat(details.settings().toleratedFailureCount()).isZero();
    assertThat(details.settings().maxConcurrency()).isEqualTo(1);
    assertThat(details.failed()).isEqualTo(1);
    assertThat(details.aborted()).isEqualTo(1);
  }

  @Test
  void anUpdateOfAMapRunThatIsNotRunningChangesNothing() {
    var run =
        given(
                """
                {"StartAt":"M","States":{"M":{"Type":"Map","End":true,
                  "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
                    "StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}}}""")
            .run("[1]");
    int events = run.journal().size();

    run.send(new Command.UpdateMapRun(mapRunArn(run), 5, null, null));

    assertThat(run.journal()).hasSize(events);
  }
}
