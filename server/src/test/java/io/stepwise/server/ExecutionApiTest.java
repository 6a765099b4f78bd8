package io.stepwise.server;

import static io.stepwise.server.ResourceApi.ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.VirtualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineForExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.InvalidNameException;
import software.amazon.awssdk.services.sfn.model.ListExecutionsResponse;
import software.amazon.awssdk.services.sfn.model.RoutingConfigurationListItem;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.StateMachineTypeNotSupportedException;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

/** The execution operations through the AWS SDK, on a SQLite store and the durable runtime. */
class ExecutionApiTest {
  static final String HELLO =
      """
      {"StartAt":"Hello","States":{"Hello":{"Type":"Pass","Result":"Hello, World!","End":true}}}""";
  static final String WAIT =
      """
      {"StartAt":"Pause","States":{"Pause":{"Type":"Wait","Seconds":60,"End":true}}}""";
  static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

  @TempDir Path directory;
  private final VirtualClock clock = new VirtualClock(T0.toEpochMilli());
  private DurableApiServer api;
  private SfnClient sfn;

  @BeforeEach
  void start() {
    api = DurableApiServer.start(directory, new TaskRegistry(), clock);
    sfn = SdkClients.client(api.server().endpoint(), "AKIDLOCAL", "any-secret");
  }

  @AfterEach
  void stop() {
    sfn.close();
    api.close();
  }

  private String machine(String name, String definition) {
    return sfn.createStateMachine(r -> r.name(name).definition(definition).roleArn(ROLE))
        .stateMachineArn();
  }

  private DescribeExecutionResponse awaitEnd(String executionArn) throws InterruptedException {
    for (int i = 0; i < 500; i++) {
      DescribeExecutionResponse described =
          sfn.describeExecution(r -> r.executionArn(executionArn));
      if (described.status() != ExecutionStatus.RUNNING) {
        return described;
      }
      Thread.sleep(10);
    }
    throw new AssertionError(executionArn + " did not end");
  }

  @Test
  void startsDescribesAndShowsTheHistoryOfAnExecution() throws Exception {
    String machine = machine("Hello", HELLO);
    StartExecutionResponse started =
        sfn.startExecution(r -> r.stateMachineArn(machine).name("first").input("{\"a\": 1}"));

    assertThat(started.executionArn())
        .isEqualTo("arn:aws:states:eu-west-1:123456789012:execution:Hello:first");
    assertThat(started.startDate()).isEqualTo(T0);
    DescribeExecutionResponse described = awaitEnd(started.executionArn());
    assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(described.input()).isEqualTo("{\"a\":1}");
    assertThat(described.output()).isEqualTo("\"Hello, World!\"");
    assertThat(described.name()).isEqualTo("first");
    assertThat(described.stateMachineArn()).isEqualTo(machine);
    assertThat(described.stopDate()).isEqualTo(T0);
    assertThat(described.redriveStatusAsString()).isEqualTo("NOT_REDRIVABLE");

    GetExecutionHistoryResponse history =
        sfn.getExecutionHistory(r -> r.executionArn(started.executionArn()));
    assertThat(history.events().stream().map(HistoryEvent::typeAsString))
        .containsExactly(
            "ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
    assertThat(history.events().getFirst().executionStartedEventDetails().input())
        .isEqualTo("{\"a\":1}");
    assertThat(history.events().get(2).stateExitedEventDetails().output())
        .isEqualTo("\"Hello, World!\"");
    assertThat(history.nextToken()).isNull();
  }

  @Test
  void pagesTheHistoryBothWaysAndCanLeaveOutTheData() throws Exception {
    String machine = machine("Pages", HELLO);
    String execution = sfn.startExecution(r -> r.stateMachineArn(machine)).executionArn();
    awaitEnd(execution);

    GetExecutionHistoryResponse first =
        sfn.getExecutionHistory(r -> r.executionArn(execution).maxResults(3).reverseOrder(true));
    GetExecutionHistoryResponse second =
        sfn.getExecutionHistory(
            r ->
                r.executionArn(execution)
                    .maxResults(3)
                    .reverseOrder(true)
                    .nextToken(first.nextToken()));
    GetExecutionHistoryResponse bare =
        sfn.getExecutionHistory(r -> r.executionArn(execution).includeExecutionData(false));

    assertThat(first.events().stream().map(HistoryEvent::id)).containsExactly(4L, 3L, 2L);
    assertThat(second.events().stream().map(HistoryEvent::id)).containsExactly(1L);
    assertThat(second.nextToken()).isNull();
    assertThat(bare.events().getFirst().executionStartedEventDetails().input()).isNull();
    assertThat(bare.events().getLast().executionSucceededEventDetails().output()).isNull();
  }

  @Test
  void refusesBadStartsWithAwsErrors() {
    String machine = machine("Strict", HELLO);

    assertThatThrownBy(() -> sfn.startExecution(r -> r.stateMachineArn(machine).input("not json")))
        .isInstanceOf(InvalidExecutionInputException.class)
        .hasMessageStartingWith(
            "Invalid State Machine Execution Input: 'Unrecognized token 'not': was expecting");
    assertThatThrownBy(() -> sfn.startExecution(r -> r.stateMachineArn(machine).name("a b")))
        .isInstanceOf(InvalidNameException.class)
        .hasMessageStartingWith("Invalid Name: 'a b'");
    assertThatThrownBy(() -> sfn.startExecution(r -> r.stateMachineArn(machine + "x")))
        .isInstanceOf(StateMachineDoesNotExistException.class)
        .hasMessageStartingWith("State Machine Does Not Exist: '" + machine + "x'");
    assertThatThrownBy(() -> sfn.startExecution(r -> r.stateMachineArn("nope")))
        .isInstanceOf(InvalidArnException.class)
        .hasMessageStartingWith("Invalid Arn: 'Invalid ARN prefix: nope'");
    // Under the model's 262,144 characters, but over 256 KiB in UTF-8.
    String big = "\"" + "\u00e9".repeat(140_000) + "\"";
    assertThatThrownBy(() -> sfn.startExecution(r -> r.stateMachineArn(machine).input(big)))
        .isInstanceOf(InvalidExecutionInputException.class);
  }

  @Test
  void aRepeatedStartIsIdempotentWhileRunningWithTheSameInput() throws Exception {
    String machine = machine("Waits", WAIT);
    StartExecutionResponse first =
        sfn.startExecution(r -> r.stateMachineArn(machine).name("once").input("{}"));
    StartExecutionResponse again =
        sfn.startExecution(r -> r.stateMachineArn(machine).name("once").input("{}"));

    assertThat(again.executionArn()).isEqualTo(first.executionArn());
    assertThat(again.startDate()).isEqualTo(first.startDate());
    assertThatThrownBy(
            () -> sfn.startExecution(r -> r.stateMachineArn(machine).name("once").input("[]")))
        .isInstanceOf(ExecutionAlreadyExistsException.class)
        .hasMessageStartingWith("Execution Already Exists: '" + first.executionArn() + "'");
    clock.advanceBy(Duration.ofSeconds(60));
    assertThat(awaitEnd(first.executionArn()).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThatThrownBy(
            () -> sfn.startExecution(r -> r.stateMachineArn(machine).name("once").input("{}")))
        .isInstanceOf(ExecutionAlreadyExistsException.class);
  }

  @Test
  void stopAbortsARunningExecution() throws Exception {
    String machine = machine("Stoppable", WAIT);
    String execution = sfn.startExecution(r -> r.stateMachineArn(machine)).executionArn();
    clock.advanceBy(Duration.ofSeconds(5));

    Instant stopped =
        sfn.stopExecution(r -> r.executionArn(execution).error("Halt").cause("by test")).stopDate();

    assertThat(stopped).isEqualTo(T0.plusSeconds(5));
    DescribeExecutionResponse described = sfn.describeExecution(r -> r.executionArn(execution));
    assertThat(described.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(described.error()).isEqualTo("Halt");
    assertThat(described.cause()).isEqualTo("by test");
    assertThat(described.redriveStatusAsString()).isEqualTo("REDRIVABLE");
    assertThat(sfn.getExecutionHistory(r -> r.executionArn(execution)).events())
        .last()
        .satisfies(e -> assertThat(e.typeAsString()).isEqualTo("ExecutionAborted"));
    assertThat(sfn.stopExecution(r -> r.executionArn(execution)).stopDate()).isEqualTo(stopped);
  }

  @Test
  void listsExecutionsNewestFirstByStatusAndInPages() throws Exception {
    String machine = machine("Listed", WAIT);
    for (String name : List.of("e1", "e2", "e3")) {
      sfn.startExecution(r -> r.stateMachineArn(machine).name(name));
    }
    sfn.stopExecution(r -> r.executionArn(machine.replace("stateMachine", "execution") + ":e2"));

    ListExecutionsResponse page1 =
        sfn.listExecutions(r -> r.stateMachineArn(machine).maxResults(2));
    ListExecutionsResponse page2 =
        sfn.listExecutions(
            r -> r.stateMachineArn(machine).maxResults(2).nextToken(page1.nextToken()));
    ListExecutionsResponse running =
        sfn.listExecutions(r -> r.stateMachineArn(machine).statusFilter(ExecutionStatus.RUNNING));

    assertThat(page1.executions()).extracting(e -> e.name()).containsExactly("e3", "e2");
    assertThat(page2.executions()).extracting(e -> e.name()).containsExactly("e1");
    assertThat(page2.nextToken()).isNull();
    assertThat(running.executions()).extracting(e -> e.name()).containsExactly("e3", "e1");
    assertThatThrownBy(() -> sfn.listExecutions(r -> r.stateMachineArn(machine + "x")))
        .isInstanceOf(StateMachineDoesNotExistException.class);
  }

  @Test
  void startsThroughAnAliasAndListsByIt() throws Exception {
    String machine = machine("Aliased", HELLO);
    String version =
        sfn.publishStateMachineVersion(r -> r.stateMachineArn(machine)).stateMachineVersionArn();
    String alias =
        sfn.createStateMachineAlias(
                r ->
                    r.name("live")
                        .routingConfiguration(
                            RoutingConfigurationListItem.builder()
                                .stateMachineVersionArn(version)
                                .weight(100)
                                .build()))
            .stateMachineAliasArn();

    String execution = sfn.startExecution(r -> r.stateMachineArn(alias)).executionArn();
    DescribeExecutionResponse described = awaitEnd(execution);

    assertThat(described.stateMachineAliasArn()).isEqualTo(alias);
    assertThat(described.stateMachineVersionArn()).isEqualTo(version);
    assertThat(described.stateMachineArn()).isEqualTo(machine);
    assertThat(sfn.listExecutions(r -> r.stateMachineArn(alias)).executions())
        .extracting(e -> e.executionArn())
        .containsExactly(execution);
    assertThat(sfn.listExecutions(r -> r.stateMachineArn(version)).executions()).hasSize(1);
  }

  @Test
  void describesTheDefinitionAnExecutionRuns() throws Exception {
    String machine = machine("Changing", HELLO);
    String execution = sfn.startExecution(r -> r.stateMachineArn(machine)).executionArn();
    awaitEnd(execution);
    sfn.updateStateMachine(r -> r.stateMachineArn(machine).definition(WAIT));

    DescribeStateMachineForExecutionResponse described =
        sfn.describeStateMachineForExecution(r -> r.executionArn(execution));

    assertThat(described.definition()).isEqualTo(HELLO);
    assertThat(described.stateMachineArn()).isEqualTo(machine);
    assertThat(described.name()).isEqualTo("Changing");
    assertThat(described.roleArn()).isEqualTo(ROLE);
  }

  @Test
  void startSyncRunsExpressMachinesOnly() {
    String express =
        sfn.createStateMachine(
                r -> r.name("Quick").definition(HELLO).roleArn(ROLE).type(StateMachineType.EXPRESS))
            .stateMachineArn();
    String standard = machine("Slow", HELLO);

    StartSyncExecutionResponse response =
        sfn.startSyncExecution(r -> r.stateMachineArn(express).name("now").input("{}"));

    assertThat(response.status()).isEqualTo(SyncExecutionStatus.SUCCEEDED);
    assertThat(response.output()).isEqualTo("\"Hello, World!\"");
    assertThat(response.executionArn())
        .startsWith("arn:aws:states:eu-west-1:123456789012:express:Quick:now:");
    assertThat(response.billingDetails().billedDurationInMilliseconds()).isEqualTo(100);
    assertThatThrownBy(() -> sfn.startSyncExecution(r -> r.stateMachineArn(standard)))
        .isInstanceOf(StateMachineTypeNotSupportedException.class)
        .hasMessageStartingWith("This operation is not supported by this type of state machine");
  }

  @Test
  void unknownExecutionsAreErrors() {
    String arn = "arn:aws:states:eu-west-1:123456789012:execution:None:none";

    assertThatThrownBy(() -> sfn.describeExecution(r -> r.executionArn(arn)))
        .isInstanceOf(ExecutionDoesNotExistException.class)
        .hasMessageStartingWith("Execution Does Not Exist: '" + arn + "'");
    assertThatThrownBy(() -> sfn.getExecutionHistory(r -> r.executionArn(arn)))
        .isInstanceOf(ExecutionDoesNotExistException.class);
    assertThatThrownBy(() -> sfn.stopExecution(r -> r.executionArn(arn)))
        .isInstanceOf(ExecutionDoesNotExistException.class);
    assertThatThrownBy(() -> sfn.describeExecution(r -> r.executionArn("bad")))
        .isInstanceOf(InvalidArnException.class)
        .hasMessageStartingWith("Invalid Arn: 'Invalid ARN prefix: bad'");
  }
}
