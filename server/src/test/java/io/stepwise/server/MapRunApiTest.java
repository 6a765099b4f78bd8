package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeMapRunResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.ListMapRunsResponse;
import software.amazon.awssdk.services.sfn.model.MapRunListItem;
import software.amazon.awssdk.services.sfn.model.MapRunStatus;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/** ListMapRuns, DescribeMapRun and UpdateMapRun through the AWS SDK, on distributed Map states. */
class MapRunApiTest extends SdkApiTest {

  /** Two distributed Map states; the second fails its child executions for the item 0. */
  private static final String TWO_MAPS =
      """
      {"StartAt":"First","States":{
        "First":{"Type":"Map","Label":"first","MaxConcurrency":2,"ResultPath":null,"Next":"Second",
          "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
            "StartAt":"Copy","States":{"Copy":{"Type":"Pass","End":true}}}},
        "Second":{"Type":"Map","Label":"second","ToleratedFailureCount":%d,"End":true,
          "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
            "StartAt":"C","States":{
              "C":{"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":0,"Next":"F"}],"Default":"P"},
              "F":{"Type":"Fail","Error":"Zero"},"P":{"Type":"Pass","End":true}}}}}}""";

  private String run(String name, int tolerated) throws InterruptedException {
    String machine = server.machine(name, TWO_MAPS.formatted(tolerated));
    String arn = server.start(machine, "[0,1,2]");
    server.awaitEnd(arn);
    return arn;
  }

  @Test
  void theMapRunsOfAnExecutionAreListedInPagesAndDescribed() throws Exception {
    String arn = run("Maps", 1);

    ListMapRunsResponse first = sfn.listMapRuns(b -> b.executionArn(arn).maxResults(1));
    ListMapRunsResponse second =
        sfn.listMapRuns(b -> b.executionArn(arn).nextToken(first.nextToken()));

    assertThat(second.nextToken()).isNull();
    MapRunListItem firstRun = first.mapRuns().getFirst();
    MapRunListItem secondRun = second.mapRuns().getFirst();
    assertThat(firstRun.mapRunArn()).contains(":mapRun:Maps/first:");
    assertThat(secondRun.mapRunArn()).contains(":mapRun:Maps/second:");
    assertThat(firstRun.executionArn()).isEqualTo(arn);
    assertThat(firstRun.stateMachineArn()).endsWith(":stateMachine:Maps/first");
    assertThat(firstRun.stopDate()).isNotNull();

    DescribeMapRunResponse described = sfn.describeMapRun(b -> b.mapRunArn(firstRun.mapRunArn()));
    assertThat(described.status()).isEqualTo(MapRunStatus.SUCCEEDED);
    assertThat(described.executionArn()).isEqualTo(arn);
    assertThat(described.maxConcurrency()).isEqualTo(2);
    assertThat(described.toleratedFailureCount()).isZero();
    assertThat(described.executionCounts().succeeded()).isEqualTo(3);
    assertThat(described.executionCounts().total()).isEqualTo(3);
    assertThat(described.itemCounts().succeeded()).isEqualTo(3);
    assertThat(described.startDate()).isBeforeOrEqualTo(described.stopDate());

    DescribeMapRunResponse tolerant = sfn.describeMapRun(b -> b.mapRunArn(secondRun.mapRunArn()));
    assertThat(tolerant.status()).isEqualTo(MapRunStatus.SUCCEEDED);
    assertThat(tolerant.toleratedFailureCount()).isEqualTo(1);
  }

  @Test
  void aMapRunOverItsToleranceIsDescribedAsFailedWithItsCounts() throws Exception {
    String arn = run("Intolerant", 0);

    MapRunListItem failedRun = sfn.listMapRuns(b -> b.executionArn(arn)).mapRuns().get(1);
    DescribeMapRunResponse described = sfn.describeMapRun(b -> b.mapRunArn(failedRun.mapRunArn()));

    assertThat(described.status()).isEqualTo(MapRunStatus.FAILED);
    assertThat(described.executionCounts().failed()).isEqualTo(1);
    assertThat(described.executionCounts().total()).isEqualTo(3);
    assertThat(
            described.executionCounts().succeeded()
                + described.executionCounts().aborted()
                + described.executionCounts().pending())
        .isEqualTo(2);
  }

  @Test
  void updateMapRunLetsARunningMapRunStartMoreChildExecutions() throws Exception {
    String activity = sfn.createActivity(b -> b.name("item")).activityArn();
    String machine =
        server.machine(
            "Updated",
            """
                            {"StartAt":"Each","States":{"Each":{"Type":"Map","MaxConcurrency":1,"End":true,
                              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
                                "StartAt":"Work","States":{"Work":{"Type":"Task","Resource":"%s","End":true}}}}}}"""
                .formatted(activity));
    String arn = server.start(machine, "[1,2,3]");
    GetActivityTaskResponse first = sfn.getActivityTask(b -> b.activityArn(activity));
    String mapRun = sfn.listMapRuns(b -> b.executionArn(arn)).mapRuns().getFirst().mapRunArn();
    DescribeMapRunResponse running = sfn.describeMapRun(b -> b.mapRunArn(mapRun));
    assertThat(running.status()).isEqualTo(MapRunStatus.RUNNING);
    assertThat(running.stopDate()).isNull();
    assertThat(running.maxConcurrency()).isEqualTo(1);

    sfn.updateMapRun(b -> b.mapRunArn(mapRun).maxConcurrency(3).toleratedFailurePercentage(50f));
    GetActivityTaskResponse second = sfn.getActivityTask(b -> b.activityArn(activity));
    GetActivityTaskResponse third = sfn.getActivityTask(b -> b.activityArn(activity));
    DescribeMapRunResponse updated = sfn.describeMapRun(b -> b.mapRunArn(mapRun));
    for (GetActivityTaskResponse task : List.of(first, second, third)) {
      sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output(task.input()));
    }
    server.awaitEnd(arn);
    DescribeMapRunResponse done = sfn.describeMapRun(b -> b.mapRunArn(mapRun));

    assertThat(second.taskToken()).isNotNull();
    assertThat(third.taskToken()).isNotNull();
    assertThat(updated.maxConcurrency()).isEqualTo(3);
    assertThat(updated.toleratedFailurePercentage()).isEqualTo(50f);
    assertThat(done.status()).isEqualTo(MapRunStatus.SUCCEEDED);
    assertThat(done.maxConcurrency()).isEqualTo(3);
    assertThat(done.toleratedFailurePercentage()).isEqualTo(50f);
    assertThatThrownBy(() -> sfn.updateMapRun(b -> b.mapRunArn(mapRun).maxConcurrency(2)))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void unknownMapRunsAndExecutionsAreErrors() throws Exception {
    String arn = run("Known", 1);
    String mapRun = sfn.listMapRuns(b -> b.executionArn(arn)).mapRuns().getFirst().mapRunArn();
    String unknownRun = mapRun.substring(0, mapRun.lastIndexOf('-')) + "-999";
    String unknownExecution = arn + "x";

    assertThatThrownBy(() -> sfn.describeMapRun(b -> b.mapRunArn(unknownRun)))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageStartingWith("Resource not found: '" + unknownRun + "'");
    assertThatThrownBy(() -> sfn.updateMapRun(b -> b.mapRunArn(unknownRun).maxConcurrency(1)))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> sfn.listMapRuns(b -> b.executionArn(unknownExecution)))
        .isInstanceOf(ExecutionDoesNotExistException.class);
  }
}
