package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/** A Standard execution that loops forever fails when its history reaches 25,000 events. */
class HistoryLimitApiTest {
  private static final String ROLE = "arn:aws:iam::123456789012:role/StepFunctionsExecutionRole";
  private static final String FOREVER =
      """
      {"StartAt":"Again","States":{
        "Again":{"Type":"Choice","Choices":[{"Variable":"$.stop","IsPresent":true,"Next":"Done"}],
          "Default":"Again"},
        "Done":{"Type":"Succeed"}}}""";

  @TempDir Path data;

  @Test
  void anEndlessLoopFailsAtTheLimitWithEveryEventKept() throws Exception {
    try (StepwiseNode node =
            StepwiseNode.start(ServerConfig.defaults().withAddress("127.0.0.1", 0), data);
        SfnClient sfn = SdkClients.client(node.endpoint(), "AKIDLOCAL", "any-secret")) {
      String machine =
          sfn.createStateMachine(b -> b.name("Forever").definition(FOREVER).roleArn(ROLE))
              .stateMachineArn();
      String arn = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();
      DescribeExecutionResponse ended;
      while ((ended = sfn.describeExecution(b -> b.executionArn(arn))).status()
          == ExecutionStatus.RUNNING) {
        Thread.sleep(10);
      }
      List<HistoryEvent> history =
          sfn
              .getExecutionHistoryPaginator(b -> b.executionArn(arn).maxResults(1000))
              .events()
              .stream()
              .toList();

      assertThat(ended.status()).isEqualTo(ExecutionStatus.FAILED);
      assertThat(ended.error()).isEqualTo("States.Runtime");
      assertThat(history).hasSize(25_000);
      assertThat(history.getLast().typeAsString()).isEqualTo("ExecutionFailed");
      assertThat(history.getLast().executionFailedEventDetails().cause()).contains("25000");
    }
  }
}
