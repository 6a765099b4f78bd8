package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeMapRunResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionNotRedrivableException;
import software.amazon.awssdk.services.sfn.model.ExecutionRedriveFilter;
import software.amazon.awssdk.services.sfn.model.ExecutionRedriveStatus;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.RedriveExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/**
 * RedriveExecution through the AWS SDK. An activity is the task: the test's worker fails it the
 * first time and completes it after the redrive, so the same definition fails and then succeeds.
 */
class RedriveApiTest extends SdkApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private List<String> types(String arn) {
    return sfn.getExecutionHistory(b -> b.executionArn(arn)).events().stream()
        .map(HistoryEvent::typeAsString)
        .toList();
  }

  /** Takes the next task of {@code activity} and answers it; returns the task's input. */
  private JsonNode work(String activity, boolean succeed) throws Exception {
    GetActivityTaskResponse task = sfn.getActivityTask(b -> b.activityArn(activity));
    if (succeed) {
      sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output(task.input()));
    } else {
      sfn.sendTaskFailure(b -> b.taskToken(task.taskToken()).error("Broken").cause("not yet"));
    }
    return JSON.readTree(task.input());
  }

  @Test
  void aFailedExecutionRedrivenRunsTheFailedTaskAgainAndSucceeds() throws Exception {
    String activity = sfn.createActivity(b -> b.name("flaky")).activityArn();
    String machine =
        server.machine(
            "Redriven",
            """
            {"StartAt":"Prepare","States":{
              "Prepare":{"Type":"Pass","Parameters":{"order":7,"redrives.$":"$$.Execution.RedriveCount"},"Next":"Work"},
              "Work":{"Type":"Task","Resource":"%s",
                "Parameters":{"order.$":"$.order","redrives.$":"$$.Execution.RedriveCount"},"End":true}}}"""
                .formatted(activity));
    String arn = server.start(machine, "{}");
    work(activity, false);
    DescribeExecutionResponse failed = server.awaitEnd(arn);
    assertThat(failed.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(failed.redriveStatus()).isEqualTo(ExecutionRedriveStatus.REDRIVABLE);

    RedriveExecutionResponse redriven = sfn.redriveExecution(b -> b.executionArn(arn));
    JsonNode input = work(activity, true);
    DescribeExecutionResponse done = server.awaitEnd(arn);

    assertThat(input).isEqualTo(JSON.readTree("{\"order\":7,\"redrives\":1}"));
    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(done.redriveCount()).isEqualTo(1);
    assertThat(done.redriveDate()).isEqualTo(redriven.redriveDate());
    assertThat(done.redriveStatus()).isEqualTo(ExecutionRedriveStatus.NOT_REDRIVABLE);
    assertThat(done.redriveStatusReason())
        .isEqualTo("Execution is SUCCEEDED and cannot be redriven");
    List<String> types = types(arn);
    assertThat(types.stream().filter("PassStateEntered"::equals)).hasSize(1);
    assertThat(types)
        .containsSubsequence(
            "ActivityFailed",
            "ExecutionFailed",
            "ExecutionRedriven",
            "TaskStateEntered",
            "ActivitySucceeded",
            "ExecutionSucceeded");
    HistoryEvent event =
        sfn.getExecutionHistory(b -> b.executionArn(arn)).events().stream()
            .filter(e -> e.executionRedrivenEventDetails() != null)
            .findFirst()
            .orElseThrow();
    assertThat(event.executionRedrivenEventDetails().redriveCount()).isEqualTo(1);
  }

  @Test
  void onlyTheFailedIterationOfAMapRunsAgainAndTheRedriveOutlivesARestart() throws Exception {
    String activity = sfn.createActivity(b -> b.name("items")).activityArn();
    String machine =
        server.machine(
            "RedrivenMap",
            """
            {"StartAt":"Each","States":{"Each":{"Type":"Map","MaxConcurrency":1,"End":true,
              "ItemProcessor":{"StartAt":"Work","States":{
                "Work":{"Type":"Task","Resource":"%s","End":true}}}}}}"""
                .formatted(activity));
    String arn = server.start(machine, "[{\"n\":1},{\"n\":2},{\"n\":3}]");
    assertThat(work(activity, true)).isEqualTo(JSON.readTree("{\"n\":1}"));
    assertThat(work(activity, false)).isEqualTo(JSON.readTree("{\"n\":2}"));
    assertThat(server.awaitEnd(arn).status()).isEqualTo(ExecutionStatus.FAILED);

    sfn.redriveExecution(b -> b.executionArn(arn));
    List<JsonNode> worked = new ArrayList<>();
    worked.add(work(activity, true));
    worked.add(work(activity, true));
    DescribeExecutionResponse done = server.awaitEnd(arn);

    assertThat(worked).containsExactly(JSON.readTree("{\"n\":2}"), JSON.readTree("{\"n\":3}"));
    assertThat(JSON.readTree(done.output()))
        .isEqualTo(JSON.readTree("[{\"n\":1},{\"n\":2},{\"n\":3}]"));
    restart();
    assertThat(sfn.describeExecution(b -> b.executionArn(arn)).redriveCount()).isEqualTo(1);
    List<ExecutionListItem> redriven =
        sfn.listExecutions(
                b -> b.stateMachineArn(machine).redriveFilter(ExecutionRedriveFilter.REDRIVEN))
            .executions();
    assertThat(redriven).extracting(ExecutionListItem::executionArn).containsExactly(arn);
    assertThat(redriven.get(0).redriveDate()).isNotNull();
    assertThat(
            sfn.listExecutions(
                    b ->
                        b.stateMachineArn(machine)
                            .redriveFilter(ExecutionRedriveFilter.NOT_REDRIVEN))
                .executions())
        .isEmpty();
  }

  @Test
  void aDistributedMapRedrivesTheFailedChildExecutionsOfItsMapRunAndDescribesTheRedrive()
      throws Exception {
    String activity = sfn.createActivity(b -> b.name("children")).activityArn();
    String machine =
        server.machine(
            "RedrivenDistributedMap",
            """
            {"StartAt":"Each","States":{"Each":{"Type":"Map","MaxConcurrency":1,"End":true,
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
                "StartAt":"Work","States":{
                  "Work":{"Type":"Task","Resource":"%s","End":true}}}}}}"""
                .formatted(activity));
    String arn = server.start(machine, "[{\"n\":1},{\"n\":2},{\"n\":3}]");
    assertThat(work(activity, true)).isEqualTo(JSON.readTree("{\"n\":1}"));
    assertThat(work(activity, false)).isEqualTo(JSON.readTree("{\"n\":2}"));
    assertThat(server.awaitEnd(arn).status()).isEqualTo(ExecutionStatus.FAILED);
    String mapRunArn = sfn.listMapRuns(b -> b.executionArn(arn)).mapRuns().get(0).mapRunArn();
    assertThat(sfn.describeMapRun(b -> b.mapRunArn(mapRunArn)).redriveCount()).isZero();

    RedriveExecutionResponse redrive = sfn.redriveExecution(b -> b.executionArn(arn));
    List<JsonNode> worked = new ArrayList<>();
    worked.add(work(activity, true));
    restart();
    worked.add(work(activity, true));
    DescribeExecutionResponse done = server.awaitEnd(arn);

    assertThat(worked).containsExactly(JSON.readTree("{\"n\":2}"), JSON.readTree("{\"n\":3}"));
    assertThat(JSON.readTree(done.output()))
        .isEqualTo(JSON.readTree("[{\"n\":1},{\"n\":2},{\"n\":3}]"));
    assertThat(sfn.listMapRuns(b -> b.executionArn(arn)).mapRuns()).hasSize(1);
    DescribeMapRunResponse run = sfn.describeMapRun(b -> b.mapRunArn(mapRunArn));
    assertThat(run.statusAsString()).isEqualTo("SUCCEEDED");
    assertThat(run.redriveCount()).isEqualTo(1);
    assertThat(run.redriveDate()).isEqualTo(redrive.redriveDate());
    assertThat(run.executionCounts().succeeded()).isEqualTo(3);
    assertThat(types(arn))
        .containsSubsequence(
            "MapRunFailed",
            "ExecutionFailed",
            "ExecutionRedriven",
            "MapRunRedriven",
            "MapRunSucceeded",
            "MapStateExited",
            "ExecutionSucceeded")
        .containsOnlyOnce("MapStateEntered", "MapRunStarted");
    HistoryEvent redriven =
        sfn.getExecutionHistory(b -> b.executionArn(arn)).events().stream()
            .filter(e -> e.mapRunRedrivenEventDetails() != null)
            .findFirst()
            .orElseThrow();
    assertThat(redriven.mapRunRedrivenEventDetails().mapRunArn()).isEqualTo(mapRunArn);
    assertThat(redriven.mapRunRedrivenEventDetails().redriveCount()).isEqualTo(1);
  }

  @Test
  void aStoppedExecutionRedrivenWaitsForItsTaskAgainAcrossARestart() throws Exception {
    String activity = sfn.createActivity(b -> b.name("slow")).activityArn();
    String machine =
        server.machine(
            "Stopped",
            """
            {"StartAt":"Work","States":{"Work":{"Type":"Task","Resource":"%s","End":true}}}"""
                .formatted(activity));
    String arn = server.start(machine, "{\"job\":1}");
    sfn.getActivityTask(b -> b.activityArn(activity));
    sfn.stopExecution(b -> b.executionArn(arn).error("Halt"));
    assertThat(server.awaitEnd(arn).status()).isEqualTo(ExecutionStatus.ABORTED);

    sfn.redriveExecution(b -> b.executionArn(arn));
    assertThat(sfn.describeExecution(b -> b.executionArn(arn)).status())
        .isEqualTo(ExecutionStatus.RUNNING);
    restart();
    JsonNode input = work(activity, true);

    DescribeExecutionResponse done = server.awaitEnd(arn);
    assertThat(input).isEqualTo(JSON.readTree("{\"job\":1}"));
    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(done.redriveCount()).isEqualTo(1);
    assertThat(types(arn))
        .containsSubsequence(
            "ActivityScheduled",
            "ExecutionAborted",
            "ExecutionRedriven",
            "TaskStateEntered",
            "ActivityScheduled",
            "ActivitySucceeded",
            "ExecutionSucceeded");
  }

  @Test
  void aRepeatedClientTokenGetsTheFirstRedriveAgain() throws Exception {
    String machine =
        server.machine("AlwaysFails", "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\"}}}");
    String arn = server.start(machine, "{}");
    server.awaitEnd(arn);

    Instant first = sfn.redriveExecution(b -> b.executionArn(arn).clientToken("t-1")).redriveDate();
    server.awaitEnd(arn);
    Instant again = sfn.redriveExecution(b -> b.executionArn(arn).clientToken("t-1")).redriveDate();

    assertThat(again).isEqualTo(first);
    assertThat(sfn.describeExecution(b -> b.executionArn(arn)).redriveCount()).isEqualTo(1);
    assertThat(types(arn).stream().filter("ExecutionRedriven"::equals)).hasSize(1);
  }

  @Test
  void executionsThatSucceededRunOrAreExpressCannotBeRedriven() throws Exception {
    String passes =
        server.machine(
            "Passes", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");
    String succeeded = server.start(passes, "{}");
    server.awaitEnd(succeeded);
    String waits =
        server.machine(
            "Waits",
            "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":600,\"End\":true}}}");
    String running = server.start(waits, "{}");
    String express =
        sfn.createStateMachine(
                b ->
                    b.name("Fast")
                        .type(StateMachineType.EXPRESS)
                        .definition("{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\"}}}")
                        .roleArn(SdkServer.ROLE))
            .stateMachineArn();
    String expressExecution = server.start(express, "{}");
    String unknown = succeeded.replace(":Passes:", ":Nobody:");

    assertThatThrownBy(() -> sfn.redriveExecution(b -> b.executionArn(succeeded)))
        .isInstanceOf(ExecutionNotRedrivableException.class)
        .hasMessageStartingWith("Execution is SUCCEEDED and cannot be redriven");
    assertThatThrownBy(() -> sfn.redriveExecution(b -> b.executionArn(running)))
        .isInstanceOf(ExecutionNotRedrivableException.class)
        .hasMessageStartingWith("Execution is RUNNING and cannot be redriven");
    assertThatThrownBy(() -> sfn.redriveExecution(b -> b.executionArn(expressExecution)))
        .isInstanceOf(ExecutionNotRedrivableException.class)
        .hasMessageStartingWith("This API action is not supported by EXPRESS state machines");
    assertThatThrownBy(() -> sfn.redriveExecution(b -> b.executionArn(unknown)))
        .isInstanceOf(ExecutionDoesNotExistException.class);
    assertThat(sfn.describeExecution(b -> b.executionArn(running)).redriveStatusReason())
        .isEqualTo("Execution is RUNNING and cannot be redriven");
  }
}
