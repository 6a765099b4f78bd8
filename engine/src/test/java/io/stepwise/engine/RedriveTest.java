package io.stepwise.engine;

import static io.stepwise.engine.EngineHarness.given;
import static io.stepwise.engine.EngineHarness.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** RedriveExecution in the engine; the harness checks the replay after every decision. */
class RedriveTest {
  static final String FN = "arn:aws:states:::lambda:invoke";

  /** A task that fails for the inputs in {@code failing} until {@link #heal} is called. */
  private static final class Flaky {
    final AtomicBoolean broken = new AtomicBoolean(true);
    final List<JsonNode> calls = Collections.synchronizedList(new ArrayList<>());
    final JsonNode failing;

    Flaky(String failing) {
      this.failing = parse(failing);
    }

    Command answer(JsonNode parameters) {
      calls.add(parameters);
      boolean fails = broken.get() && failing.equals(parameters.get("value"));
      return fails
          ? new Command.TaskFailed(0, "Boom", "broken for now")
          : new Command.TaskSucceeded(0, parameters);
    }

    void heal() {
      broken.set(false);
      calls.clear();
    }
  }

  @Test
  void redriveRunsTheFailedTaskAgainButNotTheStatesThatSucceeded() {
    Flaky flaky = new Flaky("1");
    var run =
        given(
                """
                {"StartAt":"P","States":{"P":{"Type":"Pass","Result":1,"ResultPath":"$.value","Next":"T"},
                  "T":{"Type":"Task","Resource":"%s",
                    "Parameters":{"value.$":"$.value","count.$":"$$.Execution.RedriveCount"},
                    "Retry":[{"ErrorEquals":["Boom"],"MaxAttempts":1}],"End":true}}}"""
                    .formatted(FN))
            .task(FN, flaky::answer)
            .run("{}");
    assertThat(run.state().status()).isEqualTo(ExecutionStatus.FAILED);
    flaky.heal();

    run.send(new Command.Redrive("token-1"));

    assertThat(run.state().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(run.state().output()).isEqualTo(parse("{'value':1,'count':1}"));
    assertThat(run.state().redriveCount()).isEqualTo(1);
    assertThat(run.links())
        .containsExactly(
            "1/0 ExecutionStarted",
            "2/0 PassStateEntered",
            "3/2 PassStateExited",
            "4/3 TaskStateEntered",
            "5/4 TaskScheduled",
            "6/5 TaskStarted",
            "7/6 TaskFailed",
            "8/7 TaskScheduled",
            "9/8 TaskStarted",
            "10/9 TaskFailed",
            "11/10 ExecutionFailed",
            "12/11 ExecutionRedriven",
            "13/12 TaskStateEntered",
            "14/13 TaskScheduled",
            "15/14 TaskStarted",
            "16/15 TaskSucceeded",
            "17/16 TaskStateExited",
            "18/17 ExecutionSucceeded");
    assertThat(run.history().get(11).details())
        .isEqualTo(new EventDetails.ExecutionRedriven(1, "token-1"));
  }

  @Test
  void redriveOfAParallelStateRunsOnlyTheBranchesThatDidNotSucceed() {
    Flaky flaky = new Flaky("'b'");
    var run =
        given(
                """
                {"StartAt":"Par","States":{"Par":{"Type":"Parallel","End":true,"Branches":[
                  {"StartAt":"A","States":{"A":{"Type":"Task","Resource":"%1$s",
                    "Parameters":{"value":"a"},"End":true}}},
                  {"StartAt":"B","States":{"B":{"Type":"Task","Resource":"%1$s",
                    "Parameters":{"value":"b"},"End":true}}}]}}}"""
                    .formatted(FN))
            .task(FN, flaky::answer)
            .run("{}");
    assertThat(run.state().status()).isEqualTo(ExecutionStatus.FAILED);
    flaky.heal();

    run.send(new Command.Redrive(null));

    assertThat(run.state().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(flaky.calls).containsExactly(parse("{'value':'b'}"));
    assertThat(run.state().output()).isEqualTo(parse("[{'value':'a'},{'value':'b'}]"));
  }

  @Test
  void redriveOfAnInlineMapRunsOnlyTheIterationsThatFailed() {
    Flaky flaky = new Flaky("2");
    var run =
        given(
                """
                {"StartAt":"M","States":{"M":{"Type":"Map","End":true,
                  "ItemSelector":{"value.$":"$$.Map.Item.Value"},
                  "ItemProcessor":{"StartAt":"T","States":{"T":{"Type":"Task",
                    "Resource":"%s","End":true}}}}}}"""
                    .formatted(FN))
            .task(FN, flaky::answer)
            .run("[1,2,3]");
    assertThat(run.state().status()).isEqualTo(ExecutionStatus.FAILED);
    flaky.heal();

    run.send(new Command.Redrive(null));

    assertThat(run.state().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    // Item 3 was aborted while its task ran: it runs again (its first task's late answer is
    // ignored); item 1 had succeeded and does not.
    assertThat(flaky.calls).contains(parse("{'value':2}")).doesNotContain(parse("{'value':1}"));
    assertThat(run.state().output()).isEqualTo(parse("[{'value':1},{'value':2},{'value':3}]"));
  }

  @Test
  void anAbortedExecutionIsRedrivenAtTheTaskItWaitedFor() {
    var run =
        given(
                """
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"%s","End":true}}}"""
                    .formatted(FN))
            .run("{'x':1}");
    run.send(new Command.Stop("Halt", "by test"));
    assertThat(run.state().status()).isEqualTo(ExecutionStatus.ABORTED);

    run.send(new Command.Redrive(null));

    assertThat(run.state().status()).isEqualTo(ExecutionStatus.RUNNING);
    assertThat(run.types())
        .containsSequence(
            "ExecutionAborted", "ExecutionRedriven", "TaskStateEntered", "TaskScheduled");
    assertThat(run.state().frame(0).input()).isEqualTo(parse("{'x':1}"));
  }

  @Test
  void anAbortedParallelStateRunsAgainOnlyItsBranchesThatWereStillRunning() {
    Flaky flaky = new Flaky("'never'");
    var run =
        given(
                """
                {"StartAt":"Par","States":{"Par":{"Type":"Parallel","End":true,"Branches":[
                  {"StartAt":"A","States":{"A":{"Type":"Pass","Result":"a","End":true}}},
                  {"StartAt":"B","States":{"B":{"Type":"Task","Resource":"%s",
                    "Parameters":{"value":"b"},"End":true}}}]}}}"""
                    .formatted("arn:aws:states:::sqs:sendMessage.waitForTaskToken"))
            .run("{}");
    run.send(new Command.Stop(null, null));
    run.task("arn:aws:states:::sqs:sendMessage.waitForTaskToken", flaky::answer);

    run.send(new Command.Redrive(null));

    assertThat(run.state().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(run.state().output()).isEqualTo(parse("['a',{'value':'b'}]"));
    assertThat(run.types().stream().filter("PassStateEntered"::equals)).hasSize(1);
  }

  @Test
  void aDistributedMapRedrivesOnlyTheChildExecutionsOfItsMapRunThatDidNotSucceed() {
    Flaky flaky = new Flaky("2");
    var run =
        given(
                """
                {"StartAt":"M","States":{"M":{"Type":"Map","End":true,"MaxConcurrency":1,
                  "ItemSelector":{"value.$":"$$.Map.Item.Value"},
                  "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
                    "StartAt":"T","States":{"T":{"Type":"Task","Resource":"%s","End":true}}}}}}"""
                    .formatted(FN))
            .task(FN, flaky::answer)
            .run("[1,2,3]");
    assertThat(run.state().status()).isEqualTo(ExecutionStatus.FAILED);
    String mapRunArn = run.state().frame(0).mapRunArn();
    flaky.heal();

    run.send(new Command.Redrive(null));

    assertThat(run.state().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(run.state().output()).isEqualTo(parse("[{'value':1},{'value':2},{'value':3}]"));
    assertThat(flaky.calls)
        .as("the failed item, then the one that had not started")
        .containsExactly(parse("{'value':2}"), parse("{'value':3}"));
    assertThat(run.links())
        .endsWith(
            "7/6 ExecutionFailed",
            "8/7 ExecutionRedriven",
            "9/8 MapRunRedriven",
            "10/9 MapRunSucceeded",
            "11/10 MapStateSucceeded",
            "12/10 MapStateExited",
            "13/12 ExecutionSucceeded");
    HistoryEvent redriven =
        run.history().stream()
            .filter(e -> e.type() == HistoryEventType.MAP_RUN_REDRIVEN)
            .findFirst()
            .orElseThrow();
    assertThat(redriven.details()).isEqualTo(new EventDetails.MapRunRedriven(mapRunArn, 1));
  }

  @Test
  void aDistributedMapWhoseItemsCouldNotBeReadIsEnteredAgainWithANewMapRun() {
    var run =
        given(
                """
                {"StartAt":"M","States":{"M":{"Type":"Map","End":true,
                  "ItemReader":{"Resource":"arn:aws:states:::s3:getObject",
                    "Parameters":{"Bucket":"b","Key":"k"}},
                  "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
                    "StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}}}""")
            .task(
                "arn:aws:states:::s3:getObject",
                parameters -> new Command.TaskFailed(0, "S3.NoSuchKey", "no such key"))
            .run("{}");
    assertThat(run.state().status()).isEqualTo(ExecutionStatus.FAILED);
    run.task(
        "arn:aws:states:::s3:getObject",
        parameters -> new Command.TaskSucceeded(0, parse("[1,2]")));

    run.send(new Command.Redrive(null));

    assertThat(run.state().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(run.state().output()).isEqualTo(parse("[1,2]"));
    assertThat(run.types())
        .containsSubsequence(
            "MapRunStarted",
            "MapRunFailed",
            "ExecutionFailed",
            "ExecutionRedriven",
            "MapStateEntered",
            "MapRunStarted",
            "MapRunSucceeded")
        .doesNotContain("MapRunRedriven");
  }

  @Test
  void aTimedOutExecutionGetsItsWholeTimeoutAgain() {
    var run =
        given(
            """
            {"TimeoutSeconds":10,"StartAt":"W","States":{
              "W":{"Type":"Wait","Seconds":60,"End":true}}}""");
    run.run("{}");
    assertThat(run.state().status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    long redrivenAt = run.now();

    run.send(new Command.Redrive(null));

    assertThat(run.state().status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(run.now()).isEqualTo(redrivenAt + 10_000);
    assertThat(run.types()).endsWith("ExecutionRedriven", "WaitStateEntered", "ExecutionTimedOut");
  }

  @Test
  void succeededAndRunningExecutionsAreNotRedriven() {
    var run =
        given(
                """
        {"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""")
            .run("{}");
    int events = run.history().size();

    run.send(new Command.Redrive(null));

    assertThat(run.history()).hasSize(events);
    assertThat(run.state().redriveCount()).isZero();
  }

  @Test
  void aSecondRedriveCountsTwo() {
    var run =
        given(
                """
            {"StartAt":"F","States":{"F":{"Type":"Fail","Error":"E"}}}""")
            .run("{}");

    run.send(new Command.Redrive(null)).send(new Command.Redrive(null));

    assertThat(run.state().redriveCount()).isEqualTo(2);
    assertThat(run.state().status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(run.types())
        .containsExactly(
            "ExecutionStarted",
            "FailStateEntered",
            "ExecutionFailed",
            "ExecutionRedriven",
            "FailStateEntered",
            "ExecutionFailed",
            "ExecutionRedriven",
            "FailStateEntered",
            "ExecutionFailed");
  }
}
