package io.stepwise.tasks.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionLogsTest {
  private static final Instant NOW = Instant.parse("2026-12-06T02:00:00Z");
  private final FunctionLogs logs = new FunctionLogs(Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void keepsEachFunctionsInvocationsInOrderWithTheirRequestIdAndTime() {
    logs.record("orders", "r1", "START RequestId: r1\nfirst\n");
    logs.record("billing", "r2", "other\n");
    logs.record("orders", "r3", "second\n");

    List<FunctionLogs.Entry> orders = logs.after("orders", 0);

    assertThat(orders)
        .containsExactly(
            new FunctionLogs.Entry(1, "r1", NOW.toEpochMilli(), "START RequestId: r1\nfirst\n"),
            new FunctionLogs.Entry(3, "r3", NOW.toEpochMilli(), "second\n"));
    assertThat(logs.of("billing")).containsExactly("other\n");
    assertThat(logs.of("unknown")).isEmpty();
  }

  @Test
  void answersOnlyTheInvocationsAfterASequenceAReaderHasSeen() {
    logs.record("orders", "r1", "one\n");
    logs.record("orders", "r2", "two\n");
    logs.record("orders", "r3", "three\n");

    assertThat(logs.after("orders", 2))
        .extracting(FunctionLogs.Entry::requestId)
        .containsExactly("r3");
    assertThat(logs.after("orders", 3)).isEmpty();
  }

  @Test
  void keepsAtMostTheLastHundredInvocations() {
    for (int i = 1; i <= FunctionLogs.KEPT + 5; i++) {
      logs.record("chatty", "r" + i, "line " + i + "\n");
    }

    List<String> kept = logs.of("chatty");

    assertThat(kept).hasSize(FunctionLogs.KEPT);
    assertThat(kept.getFirst()).isEqualTo("line 6\n");
    assertThat(kept.getLast()).isEqualTo("line 105\n");
  }

  @Test
  void dropsTheOldestLogsBeyondAMegabyteButAlwaysKeepsTheNewest() {
    String quarter = "x".repeat(FunctionLogs.KEPT_CHARS / 4);
    for (int i = 1; i <= 5; i++) {
      logs.record("large", "r" + i, quarter);
    }
    logs.record("huge", "h1", "y".repeat(FunctionLogs.KEPT_CHARS * 2));

    assertThat(logs.after("large", 0))
        .extracting(FunctionLogs.Entry::requestId)
        .containsExactly("r2", "r3", "r4", "r5");
    assertThat(logs.after("huge", 0))
        .extracting(FunctionLogs.Entry::requestId)
        .containsExactly("h1");
  }
}
