package io.stepwise.engine;

import static io.stepwise.engine.EngineHarness.given;
import static io.stepwise.engine.EngineHarness.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.engine.history.HistoryEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A distributed Map's ItemReader and ResultWriter, which the runtime performs as tasks. */
class MapRunTasksTest {
  private static final String GET = "arn:aws:states:::s3:getObject";
  private static final String PUT = "arn:aws:states:::s3:putObject";

  private static final String READER =
      """
      {"StartAt":"M","States":{"M":{"Type":"Map","End":true,
        "ItemReader":{"Resource":"arn:aws:states:::s3:getObject",
          "ReaderConfig":{"InputType":"CSV","CSVHeaderLocation":"FIRST_ROW","MaxItemsPath":"$.max"},
          "Parameters":{"Bucket":"b","Key.$":"$.key"}},
        %s
        "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
          "StartAt":"C","States":{
            "C":{"Type":"Choice","Choices":[{"Variable":"$.n","StringEquals":"0","Next":"F"}],
              "Default":"P"},
            "F":{"Type":"Fail","Error":"Zero","Cause":"zero"},
            "P":{"Type":"Pass","End":true}}}}}}""";

  @Test
  void theItemReadersItemsStartTheMapRun() {
    List<JsonNode> asked = new ArrayList<>();
    var run =
        given(READER.formatted(""))
            .task(
                GET,
                p -> {
                  asked.add(p);
                  return new Command.TaskSucceeded(0, parse("[{'n':'1'},{'n':'2'}]"));
                })
            .run("{'key':'items.csv','max':5}");

    assertThat(asked)
        .containsExactly(
            parse(
                "{'Bucket':'b','Key':'items.csv','ReaderConfig':"
                    + "{'InputType':'CSV','CSVHeaderLocation':'FIRST_ROW','MaxItems':5}}"));
    assertThat(run.state().output()).isEqualTo(parse("[{'n':'1'},{'n':'2'}]"));
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
  }

  @Test
  void aFailedReadFailsTheMapWithItemReaderFailed() {
    var run =
        given(READER.formatted(""))
            .task(GET, p -> new Command.TaskFailed(0, "States.ItemReaderFailed", "no such key"))
            .run("{'key':'missing.csv','max':0}");

    assertThat(run.state().error()).isEqualTo("States.ItemReaderFailed");
    assertThat(run.state().cause()).isEqualTo("no such key");
    assertThat(run.types())
        .containsExactly(
            "ExecutionStarted",
            "MapStateEntered",
            "MapStateStarted",
            "MapRunStarted",
            "MapRunFailed",
            "MapStateFailed",
            "ExecutionFailed");
  }

  @Test
  void theResultWritersAnswerIsTheMapsResult() {
    String writer =
        """
        "ToleratedFailureCount":1,
        "ResultWriter":{"Resource":"arn:aws:states:::s3:putObject",
          "Parameters":{"Bucket":"out","Prefix.$":"$.prefix"}},""";
    List<JsonNode> written = new ArrayList<>();
    var run =
        given(READER.formatted(writer))
            .task(GET, p -> new Command.TaskSucceeded(0, parse("[{'n':'0'},{'n':'1'}]")))
            .task(
                PUT,
                p -> {
                  written.add(p);
                  return new Command.TaskSucceeded(
                      0, parse("{'MapRunArn':'arn','ResultWriterDetails':{'Bucket':'out'}}"));
                })
            .run("{'key':'items.csv','max':0,'prefix':'jobs'}");

    assertThat(run.state().output())
        .isEqualTo(parse("{'MapRunArn':'arn','ResultWriterDetails':{'Bucket':'out'}}"));
    JsonNode request = written.getFirst();
    assertThat(request.get("Bucket").asText()).isEqualTo("out");
    assertThat(request.get("Prefix").asText()).isEqualTo("jobs");
    assertThat(request.get("MapRunArn").asText()).contains(":mapRun:");
    assertThat(request.get("Executions"))
        .isEqualTo(
            parse(
                "[{'Index':0,'Input':{'n':'0'},'Status':'FAILED','Error':'Zero','Cause':'zero'},"
                    + "{'Index':1,'Input':{'n':'1'},'Status':'SUCCEEDED','Output':{'n':'1'}}]"));
    assertThat(run.types())
        .containsSubsequence("MapRunSucceeded", "MapStateSucceeded", "ExecutionSucceeded");
  }

  @Test
  void aMapRunThatFailsPastItsToleranceHasItsResultsWrittenBeforeTheMapFails() {
    String writer =
        """
        "ResultWriter":{"Resource":"arn:aws:states:::s3:putObject","Parameters":{"Bucket":"out"}},""";
    List<JsonNode> written = new ArrayList<>();
    var run =
        given(READER.formatted(writer))
            .task(GET, p -> new Command.TaskSucceeded(0, parse("[{'n':'1'},{'n':'0'},{'n':'2'}]")))
            .run("{'key':'items.csv','max':0}");
    assertThat(run.pendingTask(PUT).parameters().get("Executions"))
        .isEqualTo(
            parse(
                "[{'Index':0,'Input':{'n':'1'},'Status':'SUCCEEDED','Output':{'n':'1'}},"
                    + "{'Index':1,'Input':{'n':'0'},'Status':'FAILED','Error':'Zero',"
                    + "'Cause':'zero'}]"));
    assertThat(run.state().status()).isEqualTo(ExecutionStatus.RUNNING);

    run.task(
            PUT,
            p -> {
              written.add(p);
              return new Command.TaskSucceeded(0, parse("{'written':true}"));
            })
        .proceed();

    assertThat(written).hasSize(1);
    assertThat(run.state().error()).isEqualTo("States.ExceedToleratedFailureThreshold");
    assertThat(run.links())
        .endsWith("5/4 MapRunFailed", "6/5 MapStateFailed", "7/6 ExecutionFailed");
  }

  @Test
  void aFailedWriteFailsTheMapWithResultWriterFailed() {
    String writer =
        """
        "ResultWriter":{"Resource":"arn:aws:states:::s3:putObject","Parameters":{"Bucket":"out"}},""";
    var run =
        given(READER.formatted(writer))
            .task(GET, p -> new Command.TaskSucceeded(0, parse("[{'n':'1'}]")))
            .task(PUT, p -> new Command.TaskFailed(0, "States.TaskFailed", "disk full"))
            .run("{'key':'items.csv','max':0}");

    assertThat(run.state().error()).isEqualTo("States.ResultWriterFailed");
    assertThat(run.state().cause()).isEqualTo("disk full");
    assertThat(run.types())
        .containsSubsequence("MapRunSucceeded", "MapStateFailed", "ExecutionFailed");
  }

  @Test
  void aRestoredExecutionTakesItsItemsAndItsWrittenResults() {
    String writer =
        """
        "ResultWriter":{"Resource":"arn:aws:states:::s3:putObject","Parameters":{"Bucket":"out"}},""";
    Engine engine = new Engine(DefinitionParser.parse(READER.formatted(writer)).machine());
    ExecutionIdentity identity = ExecutionIdentity.local("M", "run");
    var state = engine.newExecution(identity);
    List<HistoryEvent> history = new ArrayList<>();
    Decision started = engine.decide(state, new Command.Start(parse("{'key':'k','max':0}")), 1);
    history.addAll(started.events());

    var restored = engine.replay(identity, history);
    Decision read =
        engine.decide(restored, new Command.TaskSucceeded(token(started), parse("[{'n':'1'}]")), 2);
    history.addAll(read.events());
    var again = engine.replay(identity, history);
    engine.decide(again, new Command.TaskSucceeded(token(read), parse("{'written':true}")), 3);

    assertThat(again.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(again.output()).isEqualTo(parse("{'written':true}"));
  }

  private static long token(Decision decision) {
    return decision.effects().stream()
        .filter(Effect.InvokeTask.class::isInstance)
        .map(e -> ((Effect.InvokeTask) e).token())
        .findFirst()
        .orElseThrow();
  }
}
