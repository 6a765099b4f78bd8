package io.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HELLO_WORLD =
      """
      {"Comment":"Hello World Step Function","StartAt":"Hello","States":{"Hello":{"Type":"Pass",\
      "Result":"Hello, AWS Step Functions!","End":true}}}""";
  private static final String ECHO =
      "{\"StartAt\":\"Echo\",\"States\":{\"Echo\":{\"Type\":\"Pass\",\"End\":true}}}";

  @TempDir Path dir;

  private String file(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text).toString();
  }

  @Test
  void helloWorldPrintsItsGreeting() throws Exception {
    CommandLineRun run = CommandLineRun.of("run", file("hello.asl.json", HELLO_WORLD));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("\"Hello, AWS Step Functions!\"" + System.lineSeparator());
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theInputIsGivenInlineOrInAFile() throws Exception {
    String machine = file("echo.json", ECHO);
    String input = file("input.json", "{\"a\": [1, 2.5, null]}\n");

    CommandLineRun inline = CommandLineRun.of("run", machine, "--input", "{\"a\": [1, 2.5, null]}");
    CommandLineRun fromFile = CommandLineRun.of("run", machine, "--input-file", input);
    CommandLineRun none = CommandLineRun.of("run", machine);

    assertThat(inline.exitCode()).isZero();
    assertThat(JSON.readTree(inline.out())).isEqualTo(JSON.readTree("{\"a\":[1,2.5,null]}"));
    assertThat(fromFile.out()).isEqualTo(inline.out());
    assertThat(none.out().strip()).isEqualTo("{}");
  }

  @Test
  void aFailedExecutionPrintsStatusErrorAndCause() throws Exception {
    String machine =
        file(
            "fail.json",
            """
            {"StartAt":"F","States":{"F":{"Type":"Fail","Error":"Oops","Cause":"it \\"broke\\""}}}""");

    CommandLineRun run = CommandLineRun.of("run", machine);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_SUCCEEDED);
    assertThat(JSON.readTree(run.out()))
        .isEqualTo(
            JSON.readTree(
                "{\"status\":\"FAILED\",\"error\":\"Oops\",\"cause\":\"it \\\"broke\\\"\"}"));
  }

  @Test
  void historyPrintsTheEventsAsGetExecutionHistoryDoes() throws Exception {
    CommandLineRun run =
        CommandLineRun.of("run", file("hello.json", HELLO_WORLD), "--history", "--input", "[1]");

    assertThat(run.exitCode()).isZero();
    JsonNode events = JSON.readTree(run.out()).get("events");
    List<String> types = new ArrayList<>();
    events.forEach(event -> types.add(event.get("type").asText()));
    assertThat(types)
        .containsExactly(
            "ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
    assertThat(events.get(0).get("id").asLong()).isEqualTo(1);
    assertThat(events.get(0).at("/executionStartedEventDetails/input").asText()).isEqualTo("[1]");
    assertThat(events.get(3).at("/executionSucceededEventDetails/output").asText())
        .isEqualTo("\"Hello, AWS Step Functions!\"");
  }

  @Test
  void aLongWaitTakesNoTimeOnTheVirtualClock() throws Exception {
    String machine =
        file(
            "wait.json",
            """
            {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":31536000,"End":true}}}""");
    long start = System.nanoTime();

    CommandLineRun run = CommandLineRun.of("run", machine, "--input", "{\"x\":1}");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).isEqualTo("{\"x\":1}");
  }

  @Test
  void realTimeWaitsTakeTheirTime() throws Exception {
    String machine =
        file(
            "wait.json",
            "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":1,\"End\":true}}}");
    long start = System.nanoTime();

    CommandLineRun run = CommandLineRun.of("run", machine, "--real-time");

    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void aTaskWithoutAnInvokerFailsTheExecution() throws Exception {
    String machine =
        file(
            "task.json",
            """
            {"StartAt":"T","States":{"T":{"Type":"Task",
              "Resource":"arn:aws:lambda:us-east-1:123456789012:function:absent","End":true}}}""");

    CommandLineRun run = CommandLineRun.of("run", machine);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_SUCCEEDED);
    assertThat(JSON.readTree(run.out()).get("status").asText()).isEqualTo("FAILED");
  }

  @Test
  void anInvalidDefinitionPrintsItsDiagnosticsAndRunsNothing() throws Exception {
    String machine =
        file(
            "bad.json",
            "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"B\"}}}");

    CommandLineRun run = CommandLineRun.of("run", machine);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_STARTED);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("not a valid state machine", "/States/A/Next");
  }

  @Test
  void inputThatIsNotJsonRunsNothing() throws Exception {
    String machine = file("echo.json", ECHO);

    CommandLineRun garbage = CommandLineRun.of("run", machine, "--input", "{\"a\":");
    CommandLineRun twoValues = CommandLineRun.of("run", machine, "--input", "{} {}");

    assertThat(garbage.exitCode()).isEqualTo(ExitCodes.NOT_STARTED);
    assertThat(garbage.err()).contains("the input is not JSON");
    assertThat(twoValues.exitCode()).isEqualTo(ExitCodes.NOT_STARTED);
    assertThat(garbage.out() + twoValues.out()).isEmpty();
  }

  @Test
  void inputInlineAndFromAFileExcludeEachOther() throws Exception {
    String machine = file("echo.json", ECHO);

    CommandLineRun run =
        CommandLineRun.of("run", machine, "--input", "{}", "--input-file", machine);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_STARTED);
    assertThat(run.err()).contains("mutually exclusive");
  }

  @Test
  void missingFilesAreClearErrors() throws Exception {
    CommandLineRun noMachine = CommandLineRun.of("run", dir.resolve("absent.json").toString());
    CommandLineRun noInput =
        CommandLineRun.of(
            "run", file("echo.json", ECHO), "--input-file", dir.resolve("nope.json").toString());

    assertThat(noMachine.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(noMachine.err()).contains("absent.json: no such file");
    assertThat(noInput.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(noInput.err()).contains("nope.json: no such file");
    assertThat(noMachine.err() + noInput.err()).doesNotContain("Exception");
  }

  @Test
  void nestedExecutionsRunTheGivenStateMachinesInProcess() throws Exception {
    String child =
        file(
            "child.json",
            """
            {"StartAt":"Double","States":{"Double":{"Type":"Pass",
              "Parameters":{"doubled.$":"States.MathAdd($.n, $.n)"},"End":true}}}""");
    String parent =
        file(
            "parent.json",
            """
            {"StartAt":"Sync","States":{
              "Sync":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution.sync:2",
                "Parameters":{"StateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:Child",
                  "Input":{"n.$":"$.n"}},
                "ResultSelector":{"output.$":"$.Output","status.$":"$.Status"},"Next":"Missing"},
              "Missing":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution",
                "Parameters":{"StateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:Nope"},
                "Catch":[{"ErrorEquals":["StepFunctions.StateMachineDoesNotExistException"],
                  "ResultPath":"$.missing","Next":"Done"}],"End":true},
              "Done":{"Type":"Pass","End":true}}}""");

    CommandLineRun run =
        CommandLineRun.of(
            "run", parent, "--input", "{\"n\":21}", "--state-machine", "Child=" + child);

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    JsonNode output = JSON.readTree(run.out());
    assertThat(output.get("output")).isEqualTo(JSON.readTree("{\"doubled\":42}"));
    assertThat(output.get("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(output.at("/missing/Error").asText())
        .isEqualTo("StepFunctions.StateMachineDoesNotExistException");
  }
}
