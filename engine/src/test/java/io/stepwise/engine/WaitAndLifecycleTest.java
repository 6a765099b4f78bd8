package io.stepwise.engine;

import static io.stepwise.engine.EngineHarness.given;
import static io.stepwise.engine.EngineHarness.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.history.EventDetails;
import org.junit.jupiter.api.Test;

class WaitAndLifecycleTest {

  @Test
  void waitSecondsSetsATimerAndExitsWhenItFires() {
    var run =
        given(
                """
            {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":31536000,"End":true}}}""")
            .run("{'a':1}");

    assertThat(run.state().output()).isEqualTo(parse("{'a':1}"));
    assertThat(run.now() - EngineHarness.START).isEqualTo(31_536_000_000L);
    assertThat(run.links())
        .containsExactly(
            "1/0 ExecutionStarted",
            "2/0 WaitStateEntered",
            "3/2 WaitStateExited",
            "4/3 ExecutionSucceeded");
  }

  @Test
  void waitTimestampPathWaitsUntilTheTimestamp() {
    var run =
        given(
                """
            {"StartAt":"W","States":{"W":{"Type":"Wait","TimestampPath":"$.at","End":true}}}""")
            .run("{'at':'2023-11-14T22:13:30Z'}");

    assertThat(run.now()).isEqualTo(1_700_000_010_000L);
    assertThat(run.state().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void negativeSecondsPathFailsWithAwsCause() {
    var run =
        given(
                """
            {"StartAt":"W","States":{"W":{"Type":"Wait","SecondsPath":"$.s","End":true}}}""")
            .run("{'s':-1}");

    assertThat(run.state().error()).isEqualTo("States.Runtime");
    assertThat(run.state().cause())
        .isEqualTo(
            "An error occurred while executing the state 'W' (entered at the event id #2). "
                + "The SecondsPath parameter references a negative value: $.s == -1");
  }

  @Test
  void stopAbortsARunningExecution() {
    var run =
        given(
                """
                {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":60,"Next":"P"},
                  "P":{"Type":"Pass","End":true}}}""")
            .task("unused", p -> null);
    var state = run.state();
    var engine = new Engine(state.machine());
    var decision = engine.decide(state, new Command.Start(parse("{}")), EngineHarness.START);
    var stop = engine.decide(state, new Command.Stop("Halt", "by test"), EngineHarness.START + 1);

    assertThat(decision.effects()).hasAtLeastOneElementOfType(Effect.StartTimer.class);
    assertThat(state.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(stop.events()).hasSize(1);
    assertThat(stop.events().get(0).previousEventId()).isZero();
    assertThat(stop.events().get(0).details())
        .isEqualTo(new EventDetails.ErrorDetails("Halt", "by test"));
    assertThat(
            engine.decide(state, new Command.TimerFired(2), EngineHarness.START + 60_000).events())
        .isEmpty();
  }

  @Test
  void machineTimeoutSecondsTimesTheExecutionOut() {
    var run =
        given(
                """
                {"TimeoutSeconds":5,"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":60,"End":true}}}""")
            .run("{}");

    assertThat(run.state().status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(run.now() - EngineHarness.START).isEqualTo(5_000L);
    assertThat(run.types())
        .containsExactly("ExecutionStarted", "WaitStateEntered", "ExecutionTimedOut");
  }

  @Test
  void aSecondStartChangesNothing() {
    var run =
        given(
                """
        {"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""")
            .run("{}");
    var engine = new Engine(run.state().machine());

    assertThat(engine.decide(run.state(), new Command.Start(parse("{}")), 0).events()).isEmpty();
  }
}
