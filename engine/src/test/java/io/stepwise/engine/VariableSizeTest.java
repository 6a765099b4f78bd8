package io.stepwise.engine;

import static io.stepwise.engine.EngineHarness.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * AWS's limits on variables: 256 KiB for one variable and for the variables of one Assign field, 10
 * MiB for all the variables of an execution.
 */
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

  private static final String KIB_250 = "x".repeat(250 * 1024);

  /**
   * A chain of {@code count} Pass states, each assigning the input's 250 KiB to {@code name(i)}.
   */
  private static String chain(int count, IntFunction<String> name) {
    StringBuilder states = new StringBuilder();
    for (int i = 0; i < count; i++) {
      String next = i + 1 < count ? "\"Next\":\"S" + (i + 1) + "\"" : "\"End\":true";
      states
          .append(i == 0 ? "" : ",")
          .append(
              "\"S%d\":{\"Type\":\"Pass\",\"Assign\":{\"%s.$\":\"$.big\"},%s}"
                  .formatted(i, name.apply(i), next));
    }
    return "{\"StartAt\":\"S0\",\"States\":{" + states + "}}";
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

  @Test
  void variablesOfAnExecutionTogetherLargerThan10MibFailTheStateThatPassesTheLimit() {
    // 40 variables of 250 KiB hold 10,000 KiB; the 41st would make 10,250 KiB, past 10,240.
    var run = given(chain(42, i -> "v" + i)).run("{'big':'" + KIB_250 + "'}");

    assertThat(run.state().status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(run.state().error()).isEqualTo("States.DataLimitExceeded");
    assertThat(run.state().cause()).contains("'S40'", "10 MiB");
  }

  @Test
  void aVariableAssignedAgainReplacesItsSizeInsteadOfAddingToIt() {
    var run = given(chain(42, i -> "same")).run("{'big':'" + KIB_250 + "'}");

    assertThat(run.state().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
  }
}
