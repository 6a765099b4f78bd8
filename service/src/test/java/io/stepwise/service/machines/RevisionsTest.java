package io.stepwise.service.machines;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.store.StateMachineRecord;
import io.stepwise.store.StateMachineStatus;
import io.stepwise.store.StateMachineType;
import org.junit.jupiter.api.Test;

class RevisionsTest {

  @Test
  void tellsAnUpdatedMachineFromANewOne() {
    String arn = "arn:aws:states:us-east-1:123456789012:stateMachine:m";
    String first = Revisions.initial(arn, 1_700_000_000_000L, "{}");

    assertThat(Revisions.initial(arn, 1_700_000_000_000L, "{}")).isEqualTo(first);
    assertThat(Revisions.wasUpdated(machine(arn, first))).isFalse();
    assertThat(Revisions.wasUpdated(machine(arn, Revisions.next()))).isTrue();
  }

  private static StateMachineRecord machine(String arn, String revision) {
    return new StateMachineRecord(
        arn,
        "m",
        StateMachineType.STANDARD,
        "{}",
        "role",
        null,
        false,
        null,
        null,
        1L,
        revision,
        StateMachineStatus.ACTIVE);
  }
}
