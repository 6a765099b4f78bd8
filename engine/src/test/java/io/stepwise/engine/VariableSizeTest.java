package io.stepwise.engine;

import static io.stepwise.engine.EngineHarness.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** AWS's 256 KiB limits on one variable and on the variables of one Assign field. */
class VariableSizeTest {
  private static final String KIB_100 = "x".repeat(100 * 1024);
  private static final String KIB_300 = "x".repeat(300 * 1024);

  private static String machine(String assign) {
    return """
        {"StartAt":"A","States":{
          "A":{"Type":"Pass","Assign":%s,"Next":"B"},
          "B":{"Type":"Pass","End":true}}}"""
        .formatted(assign);
  }

  private static String input() {
    return "{'small':'" + KIB_100 + "','large':'" + KIB_300 + "'}";
  }

  @Test
  void aVariableLargerThan256KibFailsTheStateWithDataLimitExceeded() {
    var run = given(machine("{\"v.$\":\"$.large\"}")).run(input());

    assertThat(run.state().status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(run.state().error()).isEqualTo("States.DataLimitExceeded");
    assertThat(run.state().cause()).contains("'v'", "'A'");
  }

  @Test
  void variablesOfOneAssignTogetherLargerThan256KibFailTheState() {
    var run =
        given(machine("{\"a.$\":\"$.small\",\"b.$\":\"$.small\",\"c.$\":\"$.small\"}"))
            .run(input());

    assertThat(run.state().error()).isEqualTo("States.DataLimitExceeded");
    assertThat(run.state().cause()).contains("'A'", "combined");
  }

  @Test
  void variablesWithinTheLimitsAreAssigned() {
    var run = given(machine("{\"a.$\":\"$.small\",\"b.$\":\"$.small\"}")).run(input());

    assertThat(run.state().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
  }
}
