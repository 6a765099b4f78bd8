package io.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stepwise run FILE --mock-config FILE --test-case NAME}: mocked Task states in-process. */
class RunWithMocksTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DEFINITION =
      """
      {"StartAt":"Charge","States":{"Charge":{"Type":"Task",
        "Resource":"arn:aws:states:::lambda:invoke",
        "Parameters":{"FunctionName":"Charge","Payload.$":"$"},
        "Retry":[{"ErrorEquals":["Lambda.TooManyRequestsException"],"MaxAttempts":3}],
        "OutputPath":"$.Payload","End":true}}}""";
  private static final String MOCKS =
      """
      {"StateMachines":{
         "Orders":{"TestCases":{"RetryPath":{"Charge":"ChargeRetry"}}},
         "Payments":{"TestCases":{"HappyPath":{"Charge":"ChargeOk"}}}},
       "MockedResponses":{
         "ChargeRetry":{
           "0":{"Throw":{"Error":"Lambda.TooManyRequestsException","Cause":"slow down"}},
           "1":{"Throw":{"Error":"Lambda.TooManyRequestsException","Cause":"slow down"}},
           "2":{"Return":{"StatusCode":200,"Payload":{"charged":true}}}},
         "ChargeOk":{"0":{"Return":{"StatusCode":200,"Payload":{"charged":"ok"}}}}}}""";

  @TempDir Path dir;
  private String machine;
  private String mocks;

  @BeforeEach
  void files() throws Exception {
    machine = Files.writeString(dir.resolve("Orders.asl.json"), DEFINITION).toString();
    mocks = Files.writeString(dir.resolve("MockConfigFile.json"), MOCKS).toString();
  }

  @Test
  void aRetryThatSucceedsOnTheThirdMockedAttemptShowsEachAttemptInTheHistory() throws Exception {
    CommandLineRun run =
        CommandLineRun.of(
            "run", machine, "--mock-config", mocks, "--test-case", "RetryPath", "--history");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    JsonNode events = JSON.readTree(run.out()).get("events");
    List<String> types = new ArrayList<>();
    events.forEach(event -> types.add(event.get("type").asText()));
    assertThat(types)
        .containsExactly(
            "ExecutionStarted",
            "TaskStateEntered",
            "TaskScheduled",
            "TaskStarted",
            "TaskFailed",
            "TaskScheduled",
            "TaskStarted",
            "TaskFailed",
            "TaskScheduled",
            "TaskStarted",
            "TaskSucceeded",
            "TaskStateExited",
            "ExecutionSucceeded");
    assertThat(events.get(4).at("/taskFailedEventDetails/error").asText())
        .isEqualTo("Lambda.TooManyRequestsException");
    assertThat(events.get(12).at("/executionSucceededEventDetails/output").asText())
        .isEqualTo("{\"charged\":true}");
  }

  @Test
  void theTestCaseIsLookedUpUnderTheNameGivenByStateMachineName() throws Exception {
    CommandLineRun run =
        CommandLineRun.of(
            "run",
            machine,
            "--mock-config",
            mocks,
            "--test-case",
            "HappyPath",
            "--state-machine-name",
            "Payments");

    assertThat(run.exitCode()).isZero();
    assertThat(JSON.readTree(run.out())).isEqualTo(JSON.readTree("{\"charged\":\"ok\"}"));
  }

  @Test
  void anUnknownTestCaseRunsNothing() {
    CommandLineRun run =
        CommandLineRun.of("run", machine, "--mock-config", mocks, "--test-case", "HappyPath");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_STARTED);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("test case 'HappyPath' is not defined for state machine 'Orders' in " + mocks);
  }

  @Test
  void aMockConfigurationWithoutATestCaseIsAWrongCommandLine() {
    CommandLineRun run = CommandLineRun.of("run", machine, "--mock-config", mocks);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_STARTED);
    assertThat(run.err()).contains("--mock-config and --test-case go together");
  }

  @Test
  void anInvalidMockConfigurationNamesItsProblems() throws Exception {
    String bad =
        Files.writeString(
                dir.resolve("bad.json"),
                """
                {"StateMachines":{"Orders":{"TestCases":{"T":{"Charge":"R"}}}},
                 "MockedResponses":{"R":{"zero":{"Return":1}}}}""")
            .toString();

    CommandLineRun run =
        CommandLineRun.of("run", machine, "--mock-config", bad, "--test-case", "T");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_STARTED);
    assertThat(run.err())
        .contains(
            "/MockedResponses/R/zero: expected an invocation index such as 0 or a range such as"
                + " 1-2");
  }

  @Test
  void aMissingMockConfigurationIsUnreadable() {
    CommandLineRun run =
        CommandLineRun.of(
            "run",
            machine,
            "--mock-config",
            dir.resolve("none.json").toString(),
            "--test-case",
            "T");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(run.err()).contains("none.json");
  }
}
