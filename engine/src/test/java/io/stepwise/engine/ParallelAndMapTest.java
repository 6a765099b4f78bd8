package io.stepwise.engine;

import static io.stepwise.engine.EngineHarness.given;
import static io.stepwise.engine.EngineHarness.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEventType;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParallelAndMapTest {
  static final String FN = "arn:aws:states:::lambda:invoke";

  @Test
  void parallelResultsComeInBranchOrder() {
    var run =
        given(
                """
                {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
                  {"StartAt":"A","States":{"A":{"Type":"Task","Resource":"%s","End":true}}},
                  {"StartAt":"B","States":{"B":{"Type":"Pass","Result":"b","End":true}}}]}}}"""
                    .formatted(FN))
            .task(FN, p -> new Command.TaskSucceeded(0, parse("'a'")))
            .run("{}");

    assertThat(run.state().output()).isEqualTo(parse("['a','b']"));
    assertThat(run.types())
        .endsWith("ParallelStateSucceeded", "ParallelStateExited", "ExecutionSucceeded");
  }

  @Test
  void aFailingBranchFailsTheParallelStateWithItsErrorAndIsRetried() {
    var run =
        given(
                """
                {"StartAt":"P","States":{"P":{"Type":"Parallel","Next":"F","Branches":[
                  {"StartAt":"X","States":{"X":{"Type":"Fail","Error":"E","Cause":"C"}}}],
                  "Retry":[{"ErrorEquals":["E"],"MaxAttempts":1}]},
                  "F":{"Type":"Pass","End":true}}}""")
            .run("{}");

    assertThat(run.state().error()).isEqualTo("E");
    assertThat(run.state().cause()).isEqualTo("C");
    assertThat(run.links())
        .containsExactly(
            "1/0 ExecutionStarted",
            "2/0 ParallelStateEntered",
            "3/2 ParallelStateStarted",
            "4/3 FailStateEntered",
            "5/4 ParallelStateStarted",
            "6/5 FailStateEntered",
            "7/6 ParallelStateFailed",
            "8/7 ExecutionFailed");
  }

  @Test
  void whenOneBranchFailsTheOtherBranchesTaskResultIsIgnored() {
    var run =
        given(
                """
                {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,
                  "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Caught"}],"Branches":[
                  {"StartAt":"A","States":{"A":{"Type":"Task","Resource":"%s","End":true}}},
                  {"StartAt":"X","States":{"X":{"Type":"Fail","Error":"E"}}}]},
                  "Caught":{"Type":"Pass","End":true}}}"""
                    .formatted(FN))
            .run("{}");
    var engine = new Engine(run.state().machine());
    long token =
        run.history().stream()
            .filter(e -> e.type() == HistoryEventType.TASK_SCHEDULED)
            .findFirst()
            .orElseThrow()
            .id();

    assertThat(run.state().output()).isEqualTo(parse("{'Error':'E'}"));
    assertThat(engine.decide(run.state(), new Command.TaskSucceeded(token, parse("1")), 0).events())
        .isEmpty();
  }

  @Test
  void inlineMapKeepsOrderAndReadsTheMapItemContext() {
    var run =
        given(
                """
                {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.xs","End":true,
                  "ItemSelector":{"i.$":"$$.Map.Item.Index","v.$":"$$.Map.Item.Value","k.$":"$.k"},
                  "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}}}""")
            .run("{'xs':['a','b'],'k':0}");

    assertThat(run.state().output())
        .isEqualTo(parse("[{'i':0,'v':'a','k':0},{'i':1,'v':'b','k':0}]"));
    var started = (EventDetails.MapStateStarted) run.history().get(2).details();
    assertThat(started.length()).isEqualTo(2);
  }

  @Test
  void maxConcurrencyLimitsHowManyIterationsRunAtOnce() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    var harness =
        given(
            """
            {"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":2,"End":true,
              "ItemProcessor":{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"%s","End":true}}}}}}"""
                .formatted(FN));
    var run =
        harness
            .task(
                FN,
                p -> {
                  peak.accumulateAndGet(pendingTasks(harness), Math::max);
                  running.incrementAndGet();
                  return new Command.TaskSucceeded(0, p);
                })
            .run("[1,2,3,4,5]");

    assertThat(run.state().output()).isEqualTo(parse("[1,2,3,4,5]"));
    assertThat(peak.get()).isEqualTo(2);
    assertThat(running).hasValue(5);
  }

  @Test
  void aFailingIterationFailsTheMapAndCatchSeesItsError() {
    var run =
        given(
                """
                {"StartAt":"M","States":{"M":{"Type":"Map","Next":"Never",
                  "Catch":[{"ErrorEquals":["E"],"Next":"Caught"}],
                  "ItemProcessor":{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"E","Cause":"C"}}}},
                  "Never":{"Type":"Succeed"},"Caught":{"Type":"Pass","End":true}}}""")
            .run("[1]");

    assertThat(run.state().output()).isEqualTo(parse("{'Error':'E','Cause':'C'}"));
    assertThat(run.links())
        .containsSequence(
            "5/4 FailStateEntered",
            "6/5 MapIterationFailed",
            "7/5 MapStateFailed",
            "8/7 MapStateExited",
            "9/8 PassStateEntered");
  }

  @Test
  void distributedMapRunsChildExecutionsWithTheirOwnHistories() {
    var run =
        given(
                """
                {"StartAt":"M","States":{"M":{"Type":"Map","End":true,"MaxConcurrency":1,
                  "ItemBatcher":{"MaxItemsPerBatch":2,"BatchInput":{"b":1}},
                  "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
                    "StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}}}""")
            .run("[1,2,3]");

    assertThat(run.state().output())
        .isEqualTo(
            parse("[{'BatchInput':{'b':1},'Items':[1,2]},{'BatchInput':{'b':1},'Items':[3]}]"));
    assertThat(run.links())
        .containsExactly(
            "1/0 ExecutionStarted",
            "2/0 MapStateEntered",
            "3/2 MapStateStarted",
            "4/3 MapRunStarted",
            "5/4 MapRunSucceeded",
            "6/5 MapStateSucceeded",
            "7/5 MapStateExited",
            "8/7 ExecutionSucceeded");
    assertThat(
            run.journal().stream()
                .filter(e -> !run.state().isOwnEvent(e))
                .map(e -> e.id() + " " + e.type().awsName()))
        .containsExactly(
            "1 ExecutionStarted",
            "2 PassStateEntered",
            "3 PassStateExited",
            "4 ExecutionSucceeded",
            "1 ExecutionStarted",
            "2 PassStateEntered",
            "3 PassStateExited",
            "4 ExecutionSucceeded");
  }

  @Test
  void distributedMapToleratesFailuresUpToItsThreshold() {
    String definition =
        """
        {"StartAt":"M","States":{"M":{"Type":"Map","End":true,"ToleratedFailureCount":%d,
          "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
            "StartAt":"C","States":{
              "C":{"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":0,"Next":"F"}],"Default":"P"},
              "F":{"Type":"Fail","Error":"Zero"},"P":{"Type":"Pass","End":true}}}}}}""";

    var tolerated = given(definition.formatted(1)).run("[0,1,2]");
    var exceeded = given(definition.formatted(0)).run("[0,1,2]");

    assertThat(tolerated.state().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(tolerated.state().output()).isEqualTo(parse("[null,1,2]"));
    assertThat(exceeded.state().error()).isEqualTo("States.ExceedToleratedFailureThreshold");
    assertThat(exceeded.types())
        .containsSequence("MapRunFailed", "MapStateFailed", "ExecutionFailed");
  }

  @Test
  void theMapStateRetriesAMapRunThatExceededItsThreshold() {
    var run =
        given(
                """
                {"StartAt":"M","States":{"M":{"Type":"Map","End":true,"ToleratedFailureCount":0,
                  "Retry":[{"ErrorEquals":["States.ExceedToleratedFailureThreshold"],
                            "MaxAttempts":1,"IntervalSeconds":1}],
                  "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
                    "StartAt":"F","States":{"F":{"Type":"Fail","Error":"Zero"}}}}}}""")
            .run("[0]");

    assertThat(run.state().error()).isEqualTo("States.ExceedToleratedFailureThreshold");
    assertThat(run.types().stream().filter("MapRunFailed"::equals)).hasSize(2);
    assertThat(run.types().stream().filter("MapStateStarted"::equals)).hasSize(2);
    assertThat(run.types()).endsWith("MapRunFailed", "MapStateFailed", "ExecutionFailed");
  }

  @Test
  void childExecutionsWaitAndRunTasksOfTheirOwn() {
    var run =
        given(
                """
                {"StartAt":"W","States":{
                  "W":{"Type":"Wait","Seconds":1,"Next":"M"},
                  "M":{"Type":"Map","End":true,
                    "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
                      "StartAt":"CW","States":{
                        "CW":{"Type":"Wait","SecondsPath":"$.s","Next":"T"},
                        "T":{"Type":"Task","Resource":"%s","End":true}}}}}}"""
                    .formatted(FN))
            .task(FN, p -> new Command.TaskSucceeded(0, p.get("s")))
            .run("[{'s':3},{'s':2}]");

    assertThat(run.state().output()).isEqualTo(parse("[3,2]"));
    assertThat(run.now() - EngineHarness.START).isEqualTo(4_000L);
  }

  @Test
  void aDataFlowErrorInABranchFailsTheParallelState() {
    var run =
        given(
                """
                {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
                  {"StartAt":"A","States":{"A":{"Type":"Pass","InputPath":"$.missing","End":true}}}]}}}""")
            .run("{}");

    assertThat(run.state().error()).isEqualTo("States.Runtime");
    assertThat(run.types())
        .containsExactly(
            "ExecutionStarted",
            "ParallelStateEntered",
            "ParallelStateStarted",
            "PassStateEntered",
            "ParallelStateFailed",
            "ExecutionFailed");
  }

  @Test
  void nestedParallelAndMapStatesWithTasksFinishInOrder() {
    var run =
        given(
                """
                {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
                  {"StartAt":"Inner","States":{"Inner":{"Type":"Parallel","End":true,"Branches":[
                    {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"%1$s","End":true}}}]}}},
                  {"StartAt":"M","States":{"M":{"Type":"Map","End":true,"ItemsPath":"$.xs",
                    "ItemProcessor":{"StartAt":"U","States":{"U":{"Type":"Task","Resource":"%1$s","End":true}}}}}}]}}}"""
                    .formatted(FN))
            .task(FN, p -> new Command.TaskSucceeded(0, p))
            .run("{'xs':[1,2]}");

    assertThat(run.state().output()).isEqualTo(parse("[[{'xs':[1,2]}],[1,2]]"));
    assertThat(run.history().stream().filter(e -> e.type() == HistoryEventType.TASK_SCHEDULED))
        .hasSize(3);
  }

  private static int pendingTasks(EngineHarness harness) {
    return (int)
        harness.state().frames().stream()
            .filter(f -> f.phase() == io.stepwise.engine.state.Phase.TASK_RUNNING)
            .count();
  }
}
