package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/**
 * Task states that start executions of other state machines ({@code states:startExecution} and its
 * {@code .sync}, {@code .sync:2} and {@code .waitForTaskToken} patterns), through the AWS SDK.
 */
class NestedExecutionApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ROLE = "arn:aws:iam::123456789012:role/StepFunctionsExecutionRole";
  private static final String START = "arn:aws:states:::states:startExecution";

  /** Doubles {@code $.n}. */
  private static final String DOUBLER =
      """
      {"StartAt":"Double","States":{"Double":{"Type":"Pass",
        "Parameters":{"doubled.$":"States.MathAdd($.n, $.n)"},"End":true}}}""";

  /** Waits for ten minutes. */
  private static final String SLEEPER =
      """
      {"StartAt":"Sleep","States":{"Sleep":{"Type":"Wait","Seconds":600,"End":true}}}""";

  @TempDir Path data;
  private StepwiseNode node;
  private SfnClient sfn;

  @BeforeEach
  void start() {
    startNode();
  }

  private void startNode() {
    node = StepwiseNode.start(ServerConfig.defaults().withAddress("127.0.0.1", 0), data);
    sfn = SdkClients.client(node.endpoint(), "AKIDLOCAL", "any-secret");
  }

  @AfterEach
  void stop() {
    sfn.close();
    node.close();
  }

  private String machine(String name, String definition) {
    return sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE))
        .stateMachineArn();
  }

  /**
   * A machine whose Task state starts {@code child} with {@code resource}, the state's other {@code
   * fields} (each ending with a comma) and, past it, {@code states}.
   */
  private String parent(
      String name, String resource, String child, String input, String fields, String states) {
    return machine(
        name,
        """
        {"StartAt":"Child","States":{"Child":{"Type":"Task","Resource":"%s",
          "Parameters":{"StateMachineArn":"%s","Input":%s},%s"End":true}%s}}"""
            .formatted(resource, child, input, fields, states));
  }

  private String parent(String name, String resource, String child, String input) {
    return parent(name, resource, child, input, "", "");
  }

  /** A parent that catches the errors {@code errorEquals} of its task into {@code $.error}. */
  private String catchingParent(String name, String resource, String child, String errorEquals) {
    return parent(
        name,
        resource,
        child,
        "{}",
        """
        "Catch":[{"ErrorEquals":["%s"],"ResultPath":"$.error","Next":"Caught"}],"""
            .formatted(errorEquals),
        ",\"Caught\":{\"Type\":\"Pass\",\"End\":true}");
  }

  private String start(String machine, String input) {
    return sfn.startExecution(b -> b.stateMachineArn(machine).input(input)).executionArn();
  }

  private DescribeExecutionResponse awaitEnd(String arn) throws InterruptedException {
    DescribeExecutionResponse described;
    while ((described = describe(arn)).status() == ExecutionStatus.RUNNING) {
      Thread.sleep(10);
    }
    return described;
  }

  private DescribeExecutionResponse describe(String arn) {
    return sfn.describeExecution(b -> b.executionArn(arn));
  }

  private List<HistoryEvent> history(String arn) {
    return sfn.getExecutionHistory(b -> b.executionArn(arn)).events();
  }

  /** The ARN of the child that {@code parent}'s task submitted, once its history records it. */
  private String submittedChild(String parent) throws Exception {
    while (true) {
      for (HistoryEvent event : history(parent)) {
        if (event.taskSubmittedEventDetails() != null) {
          return JSON.readTree(event.taskSubmittedEventDetails().output())
              .path("ExecutionArn")
              .asText();
        }
      }
      Thread.sleep(10);
    }
  }

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void aThreeLevelSync2ChainHandsEachChildsOutputUp() throws Exception {
    String child = machine("Child", DOUBLER);
    String parent =
        machine(
            "Parent",
            """
            {"StartAt":"Child","States":{
              "Child":{"Type":"Task","Resource":"%s.sync:2",
                "Parameters":{"StateMachineArn":"%s","Input":{"n.$":"$.n",
                  "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$":"$$.Execution.Id"}},
                "OutputPath":"$.Output","Next":"Mark"},
              "Mark":{"Type":"Pass","Parameters":{"doubled.$":"$.doubled","level":"parent"},
                "End":true}}}"""
                .formatted(START, child));
    String grandparent =
        machine(
            "Grandparent",
            """
            {"StartAt":"Parent","States":{"Parent":{"Type":"Task","Resource":"%s.sync:2",
              "Parameters":{"StateMachineArn":"%s","Input":{"n.$":"$.n"}},
              "ResultSelector":{"fromParent.$":"$.Output","status.$":"$.Status"},"End":true}}}"""
                .formatted(START, parent));

    String arn = start(grandparent, "{\"n\":7}");

    DescribeExecutionResponse ended = awaitEnd(arn);
    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(json(ended.output()))
        .isEqualTo(
            json(
                "{\"fromParent\":{\"doubled\":14,\"level\":\"parent\"},\"status\":\"SUCCEEDED\"}"));
    String parentRun = submittedChild(arn);
    assertThat(parentRun).startsWith(parent.replace(":stateMachine:", ":execution:") + ":");
    String childRun = submittedChild(parentRun);
    assertThat(json(describe(childRun).input()))
        .isEqualTo(
            json("{\"n\":7,\"AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID\":\"" + parentRun + "\"}"));
    JsonNode succeeded =
        json(
            history(arn).stream()
                .filter(e -> e.taskSucceededEventDetails() != null)
                .findFirst()
                .orElseThrow()
                .taskSucceededEventDetails()
                .output());
    assertThat(succeeded.path("ExecutionArn").asText()).isEqualTo(parentRun);
    assertThat(succeeded.path("Input")).isEqualTo(json("{\"n\":7}"));
    assertThat(succeeded.path("StartDate").isIntegralNumber()).isTrue();
  }

  @Test
  void startExecutionAnswersAtOnceWithTheChildsArnAndStartDate() throws Exception {
    String child = machine("Slow", SLEEPER);
    String parent =
        machine(
            "Fire",
            """
            {"StartAt":"Child","States":{"Child":{"Type":"Task","Resource":"%s",
              "Parameters":{"StateMachineArn":"%s","Name":"fire-1","Input":"{\\"a\\":1}"},
              "End":true}}}"""
                .formatted(START, child));

    DescribeExecutionResponse ended = awaitEnd(start(parent, "{}"));

    JsonNode output = json(ended.output());
    String childRun = child.replace(":stateMachine:", ":execution:") + ":fire-1";
    assertThat(output.path("ExecutionArn").asText()).isEqualTo(childRun);
    DescribeExecutionResponse running = describe(childRun);
    assertThat(output.path("StartDate").asLong()).isEqualTo(running.startDate().toEpochMilli());
    assertThat(running.status()).isEqualTo(ExecutionStatus.RUNNING);
    assertThat(json(running.input())).isEqualTo(json("{\"a\":1}"));
    sfn.stopExecution(b -> b.executionArn(childRun));
  }

  @Test
  void syncAnswersTheChildsDescriptionWithItsOutputAsText() throws Exception {
    String child = machine("Child", DOUBLER);
    String parent = parent("SyncParent", START + ".sync", child, "{\"n\":2}");

    DescribeExecutionResponse ended = awaitEnd(start(parent, "{}"));

    JsonNode output = json(ended.output());
    assertThat(output.path("Status").asText()).isEqualTo("SUCCEEDED");
    assertThat(output.path("Output").asText()).isEqualTo("{\"doubled\":4}");
    assertThat(output.path("Input").asText()).isEqualTo("{\"n\":2}");
    assertThat(output.path("StateMachineArn").asText()).isEqualTo(child);
    assertThat(output.path("StopDate").asLong())
        .isGreaterThanOrEqualTo(output.path("StartDate").asLong());
    assertThat(output.path("InputDetails")).isEqualTo(json("{\"Included\":true}"));
    assertThat(history(ended.executionArn()).stream().map(HistoryEvent::typeAsString))
        .containsSubsequence("TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded");
  }

  @Test
  void anExpressChildThatEndsAtOnceIsAwaited() throws Exception {
    String child =
        sfn.createStateMachine(
                b ->
                    b.name("ExpressDouble")
                        .definition(DOUBLER)
                        .roleArn(ROLE)
                        .type(StateMachineType.EXPRESS))
            .stateMachineArn();
    String parent =
        parent(
            "ExpressParent",
            START + ".sync:2",
            child,
            "{\"n\":5}",
            "\"OutputPath\":\"$.Output\",",
            "");

    DescribeExecutionResponse ended = awaitEnd(start(parent, "{}"));

    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(json(ended.output())).isEqualTo(json("{\"doubled\":10}"));
  }

  @Test
  void aFailingChildFailsTheTaskWithTaskFailedAndItsDescriptionAsCause() throws Exception {
    String child =
        machine(
            "Broken",
            """
            {"StartAt":"Fail","States":{"Fail":{"Type":"Fail","Error":"Gear","Cause":"slipped"}}}""");
    String parent = catchingParent("Caught", START + ".sync:2", child, "States.TaskFailed");

    DescribeExecutionResponse ended = awaitEnd(start(parent, "{}"));

    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    JsonNode error = json(ended.output()).path("error");
    assertThat(error.path("Error").asText()).isEqualTo("States.TaskFailed");
    JsonNode cause = json(error.path("Cause").asText());
    assertThat(cause.path("Status").asText()).isEqualTo("FAILED");
    assertThat(cause.path("Error").asText()).isEqualTo("Gear");
    assertThat(cause.path("Cause").asText()).isEqualTo("slipped");
    assertThat(cause.path("StateMachineArn").asText()).isEqualTo(child);
  }

  @Test
  void aChildThatCannotStartFailsTheTaskWithTheServicesError() throws Exception {
    String missing = "arn:aws:states:eu-west-1:123456789012:stateMachine:Nowhere";
    String parent = catchingParent("Refused", START + ".sync", missing, "States.ALL");

    JsonNode error = json(awaitEnd(start(parent, "{}")).output()).path("error");

    assertThat(error.path("Error").asText())
        .isEqualTo("StepFunctions.StateMachineDoesNotExistException");
    assertThat(error.path("Cause").asText()).contains(missing);
  }

  @Test
  void stoppingAParentAbortsItsSyncChild() throws Exception {
    String child = machine("Sleeper", SLEEPER);
    String parent = parent("Stopped", START + ".sync", child, "{}");
    String arn = start(parent, "{}");
    String childRun = submittedChild(arn);

    sfn.stopExecution(b -> b.executionArn(arn));

    assertThat(awaitEnd(arn).status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(awaitEnd(childRun).status()).isEqualTo(ExecutionStatus.ABORTED);
  }

  @Test
  void aCallbackChildSendsTheTokenItWasGivenBack() throws Exception {
    String child =
        machine(
            "Holder",
            """
            {"StartAt":"Hold","States":{"Hold":{"Type":"Pass","End":true}}}""");
    String parent =
        parent(
            "Callback",
            START + ".waitForTaskToken",
            child,
            "{\"token.$\":\"$$.Task.Token\",\"item\":\"book\"}");
    String arn = start(parent, "{}");
    String childRun = submittedChild(arn);

    JsonNode childInput = json(awaitEnd(childRun).input());
    sfn.sendTaskSuccess(
        b -> b.taskToken(childInput.path("token").asText()).output("{\"shipped\":\"book\"}"));

    DescribeExecutionResponse ended = awaitEnd(arn);
    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(json(ended.output())).isEqualTo(json("{\"shipped\":\"book\"}"));
    assertThat(childInput.path("item").asText()).isEqualTo("book");
  }

  @Test
  void aWaitingParentGetsItsChildsResultAfterARestart() throws Exception {
    String activity = sfn.createActivity(b -> b.name("work")).activityArn();
    String child =
        machine(
            "Worker",
            """
            {"StartAt":"Work","States":{"Work":{"Type":"Task","Resource":"%s","End":true}}}"""
                .formatted(activity));
    String parent =
        parent(
            "Durable", START + ".sync:2", child, "{\"job\":1}", "\"OutputPath\":\"$.Output\",", "");
    String arn = start(parent, "{}");
    String childRun = submittedChild(arn);

    sfn.close();
    node.close();
    startNode();
    GetActivityTaskResponse task = sfn.getActivityTask(b -> b.activityArn(activity));
    sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output("{\"done\":true}"));

    DescribeExecutionResponse ended = awaitEnd(arn);
    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(json(ended.output())).isEqualTo(json("{\"done\":true}"));
    assertThat(sfn.listExecutions(b -> b.stateMachineArn(child)).executions())
        .extracting(e -> e.executionArn())
        .containsExactly(childRun);
    assertThat(history(arn).stream().filter(e -> e.taskSubmittedEventDetails() != null)).hasSize(1);
  }
}
