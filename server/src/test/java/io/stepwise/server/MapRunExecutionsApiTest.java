package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeMapRunResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionRedriveStatus;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.ListExecutionsResponse;
import software.amazon.awssdk.services.sfn.model.MapRunExecutionCounts;
import software.amazon.awssdk.services.sfn.model.MapRunItemCounts;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;

/**
 * ListExecutions with a Map Run's ARN, DescribeMapRun's counts and DescribeExecution of a child
 * execution, through the AWS SDK, while a distributed Map runs and after.
 */
class MapRunExecutionsApiTest extends SdkApiTest {
  private static final int ITEMS = 20;

  /** A distributed Map whose child executions each wait for an activity worker. */
  private static final String ON_ACTIVITY =
      """
      {"StartAt":"Each","States":{"Each":{"Type":"Map","Label":"each","MaxConcurrency":2,"End":true,
        "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
          "StartAt":"Work","States":{"Work":{"Type":"Task","Resource":"%s","End":true}}}}}}""";

  /** A distributed Map whose child executions fail for the items marked bad. */
  private static final String BAD_ONES_FAIL =
      """
      {"StartAt":"Each","States":{"Each":{"Type":"Map","Label":"each","ToleratedFailureCount":5,
        "End":true,
        "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
          "StartAt":"Check","States":{
            "Check":{"Type":"Choice","Default":"Fine","Choices":[
              {"Variable":"$.bad","BooleanEquals":true,"Next":"Broken"}]},
            "Broken":{"Type":"Fail","Error":"Item.Seven","Cause":"a multiple of 7"},
            "Fine":{"Type":"Pass","Result":"fine","End":true}}}}}}""";

  @Test
  void runningChildExecutionsAreListedAndCountedWhileTheMapRunRuns() throws Exception {
    String activity = sfn.createActivity(b -> b.name("item")).activityArn();
    String machine = server.machine("Waits", ON_ACTIVITY.formatted(activity));
    String arn = server.start(machine, items());
    List<GetActivityTaskResponse> first = List.of(task(activity), task(activity));
    String mapRun = sfn.listMapRuns(b -> b.executionArn(arn)).mapRuns().getFirst().mapRunArn();

    DescribeMapRunResponse running = sfn.describeMapRun(b -> b.mapRunArn(mapRun));
    ListExecutionsResponse listed = sfn.listExecutions(b -> b.mapRunArn(mapRun));

    assertCounts(running.executionCounts(), 18, 2, 0);
    assertCounts(running.itemCounts(), 18, 2, 0);
    assertThat(listed.executions())
        .extracting(ExecutionListItem::status)
        .containsExactly(ExecutionStatus.RUNNING, ExecutionStatus.RUNNING);
    ExecutionListItem child = listed.executions().getFirst();
    assertThat(child.mapRunArn()).isEqualTo(mapRun);
    assertThat(child.stateMachineArn()).isEqualTo(machine + "/each");
    assertThat(child.itemCount()).isEqualTo(1);
    assertThat(child.stopDate()).isNull();
    assertThat(child.executionArn())
        .startsWith(machine.replace(":stateMachine:", ":execution:") + "/each:")
        .endsWith(":" + child.name());

    for (GetActivityTaskResponse task : first) {
      sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output(task.input()));
    }
    for (int i = 2; i < ITEMS; i++) {
      GetActivityTaskResponse task = task(activity);
      sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output(task.input()));
    }
    server.awaitEnd(arn);

    DescribeMapRunResponse done = sfn.describeMapRun(b -> b.mapRunArn(mapRun));
    assertCounts(done.executionCounts(), 0, 0, ITEMS);
    List<ExecutionListItem> pages = allPages(mapRun, 5);
    assertThat(pages).hasSize(ITEMS).allMatch(e -> e.status() == ExecutionStatus.SUCCEEDED);
    assertThat(pages).extracting(ExecutionListItem::executionArn).doesNotHaveDuplicates();
    assertThat(pages)
        .extracting(ExecutionListItem::startDate)
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void failedChildExecutionsAreListedByStatusAndDescribed() throws Exception {
    String machine = server.machine("Sevens", BAD_ONES_FAIL);
    String arn = server.start(machine, multiplesOfSevenBad());
    server.awaitEnd(arn);
    String mapRun = sfn.listMapRuns(b -> b.executionArn(arn)).mapRuns().getFirst().mapRunArn();

    ListExecutionsResponse failed =
        sfn.listExecutions(b -> b.mapRunArn(mapRun).statusFilter(ExecutionStatus.FAILED));
    ListExecutionsResponse succeeded =
        sfn.listExecutions(b -> b.mapRunArn(mapRun).statusFilter(ExecutionStatus.SUCCEEDED));
    DescribeMapRunResponse described = sfn.describeMapRun(b -> b.mapRunArn(mapRun));

    assertThat(failed.executions()).hasSize(3);
    assertThat(succeeded.executions()).hasSize(ITEMS - 3);
    assertThat(described.executionCounts().failed()).isEqualTo(3);
    assertThat(described.executionCounts().succeeded()).isEqualTo(ITEMS - 3);
    assertThat(described.executionCounts().total()).isEqualTo(ITEMS);

    String failedChild = failed.executions().getFirst().executionArn();
    DescribeExecutionResponse child = sfn.describeExecution(b -> b.executionArn(failedChild));
    assertThat(child.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(child.error()).isEqualTo("Item.Seven");
    assertThat(child.cause()).isEqualTo("a multiple of 7");
    assertThat(child.mapRunArn()).isEqualTo(mapRun);
    assertThat(child.stateMachineArn()).isEqualTo(machine + "/each");
    assertThat(child.redriveStatus()).isEqualTo(ExecutionRedriveStatus.REDRIVABLE_BY_MAP_RUN);
    assertThat(child.input()).contains("\"bad\":true");

    String fineChild = succeeded.executions().getFirst().executionArn();
    DescribeExecutionResponse fine = sfn.describeExecution(b -> b.executionArn(fineChild));
    assertThat(fine.output()).isEqualTo("\"fine\"");
    assertThat(fine.stopDate()).isAfterOrEqualTo(fine.startDate());
  }

  @Test
  void unknownMapRunsAndChildExecutionsAreErrors() throws Exception {
    String machine = server.machine("Known", BAD_ONES_FAIL);
    String arn = server.start(machine, "[{\"bad\":false}]");
    server.awaitEnd(arn);
    String mapRun = sfn.listMapRuns(b -> b.executionArn(arn)).mapRuns().getFirst().mapRunArn();
    String unknownRun = mapRun.substring(0, mapRun.lastIndexOf('-')) + "-999";
    String child = sfn.listExecutions(b -> b.mapRunArn(mapRun)).executions().getFirst().name();
    String unknownChild = machine.replace(":stateMachine:", ":execution:") + "/each:" + child + "9";

    assertThatThrownBy(() -> sfn.listExecutions(b -> b.mapRunArn(unknownRun)))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageStartingWith("Resource not found: '" + unknownRun + "'");
    assertThatThrownBy(() -> sfn.listExecutions(b -> b.mapRunArn(arn)))
        .isInstanceOf(InvalidArnException.class);
    assertThatThrownBy(() -> sfn.describeExecution(b -> b.executionArn(unknownChild)))
        .isInstanceOf(ExecutionDoesNotExistException.class);
  }

  private GetActivityTaskResponse task(String activity) {
    return sfn.getActivityTask(b -> b.activityArn(activity));
  }

  /** Items {"n": i, "bad": ...}, bad for 0, 7 and 14. */
  private static String multiplesOfSevenBad() {
    return IntStream.range(0, ITEMS)
        .mapToObj(i -> "{\"n\":%d,\"bad\":%b}".formatted(i, i % 7 == 0))
        .toList()
        .toString();
  }

  private static String items() {
    return IntStream.range(0, ITEMS).boxed().toList().toString();
  }

  private List<ExecutionListItem> allPages(String mapRun, int size) {
    List<ExecutionListItem> all = new ArrayList<>();
    String token = null;
    do {
      String next = token;
      ListExecutionsResponse page =
          sfn.listExecutions(b -> b.mapRunArn(mapRun).maxResults(size).nextToken(next));
      assertThat(page.executions()).hasSizeLessThanOrEqualTo(size);
      all.addAll(page.executions());
      token = page.nextToken();
    } while (token != null);
    return all;
  }

  private static void assertCounts(
      MapRunExecutionCounts counts, int pending, int running, int succeeded) {
    assertThat(List.of(counts.pending(), counts.running(), counts.succeeded(), counts.total()))
        .containsExactly((long) pending, (long) running, (long) succeeded, (long) ITEMS);
  }

  private static void assertCounts(MapRunItemCounts counts, int pending, int running, int done) {
    assertThat(List.of(counts.pending(), counts.running(), counts.succeeded(), counts.total()))
        .containsExactly((long) pending, (long) running, (long) done, (long) ITEMS);
  }
}
