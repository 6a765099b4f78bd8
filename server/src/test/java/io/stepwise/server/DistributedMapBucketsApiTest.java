package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * A distributed Map that reads its items from a CSV file and writes its results, both in buckets
 * kept as local folders, through the Step Functions API.
 */
class DistributedMapBucketsApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ROLE = "arn:aws:iam::123456789012:role/StepFunctionsExecutionRole";
  private static final int ITEMS = 10_000;
  private static final String DEFINITION =
      """
      {"StartAt":"Each","States":{"Each":{"Type":"Map","Label":"Rows","End":true,
        "ItemReader":{"Resource":"arn:aws:states:::s3:getObject",
          "ReaderConfig":{"InputType":"CSV","CSVHeaderLocation":"FIRST_ROW"},
          "Parameters":{"Bucket":"inputs","Key.$":"$.key"}},
        "ResultWriter":{"Resource":"arn:aws:states:::s3:putObject",
          "Parameters":{"Bucket":"results","Prefix":"jobs"}},
        "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
          "StartAt":"Label","States":{"Label":{"Type":"Pass",
            "Parameters":{"id.$":"$.id","label.$":"States.Format('{}: {}', $.id, $.name)"},
            "End":true}}}}}}""";

  @TempDir Path inputs;
  @TempDir Path results;
  @TempDir Path data;
  private StepwiseNode node;
  private SfnClient sfn;

  @BeforeEach
  void start() {
    node =
        StepwiseNode.start(
            ServerConfig.defaults()
                .withAddress("127.0.0.1", 0)
                .withBucketFolder("inputs", inputs)
                .withBucketFolder("results", results),
            data);
    sfn = SdkClients.client(node.endpoint(), "AKIDLOCAL", "any-secret");
  }

  @AfterEach
  void stop() {
    sfn.close();
    node.close();
  }

  private DescribeExecutionResponse run(String input) throws InterruptedException {
    return run(DEFINITION, input);
  }

  private DescribeExecutionResponse run(String definition, String input)
      throws InterruptedException {
    String machine =
        sfn.createStateMachine(b -> b.name("Rows").definition(definition).roleArn(ROLE))
            .stateMachineArn();
    String arn = sfn.startExecution(b -> b.stateMachineArn(machine).input(input)).executionArn();
    DescribeExecutionResponse described;
    while ((described = sfn.describeExecution(b -> b.executionArn(arn))).status()
        == ExecutionStatus.RUNNING) {
      Thread.sleep(20);
    }
    return described;
  }

  @Test
  void tenThousandCsvRowsRunAndTheirResultsAreWritten() throws Exception {
    StringBuilder csv = new StringBuilder("id,name\r\n");
    for (int i = 0; i < ITEMS; i++) {
      csv.append(i).append(",\"item, number ").append(i).append("\"\r\n");
    }
    Files.createDirectories(inputs.resolve("rows"));
    Files.writeString(inputs.resolve("rows/all.csv"), csv);

    DescribeExecutionResponse ended = run("{\"key\":\"rows/all.csv\"}");

    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    JsonNode output = JSON.readTree(ended.output());
    String mapRunArn = output.get("MapRunArn").asText();
    assertThat(mapRunArn)
        .startsWith("arn:aws:states:" + SdkClients.REGION.id() + ":123456789012:mapRun:Rows/Rows:");
    String runId = mapRunArn.substring(mapRunArn.lastIndexOf(':') + 1);
    String manifestKey = "jobs/" + runId + "/manifest.json";
    assertThat(output.get("ResultWriterDetails"))
        .isEqualTo(JSON.createObjectNode().put("Bucket", "results").put("Key", manifestKey));

    JsonNode manifest = JSON.readTree(results.resolve(manifestKey).toFile());
    assertThat(manifest.get("MapRunArn").asText()).isEqualTo(mapRunArn);
    assertThat(manifest.get("DestinationBucket").asText()).isEqualTo("results");
    assertThat(manifest.at("/ResultFiles/FAILED")).isEmpty();
    String succeededKey = manifest.at("/ResultFiles/SUCCEEDED/0/Key").asText();
    assertThat(succeededKey).isEqualTo("jobs/" + runId + "/SUCCEEDED_0.json");
    Path succeededFile = results.resolve(succeededKey);
    assertThat(manifest.at("/ResultFiles/SUCCEEDED/0/Size").asLong())
        .isEqualTo(Files.size(succeededFile));

    JsonNode succeeded = JSON.readTree(succeededFile.toFile());
    assertThat(succeeded).hasSize(ITEMS);
    for (int i = 0; i < ITEMS; i++) {
      JsonNode entry = succeeded.get(i);
      assertThat(entry.get("Status").asText()).isEqualTo("SUCCEEDED");
      assertThat(JSON.readTree(entry.get("Input").asText()))
          .isEqualTo(
              JSON.createObjectNode()
                  .put("id", String.valueOf(i))
                  .put("name", "item, number " + i));
      assertThat(JSON.readTree(entry.get("Output").asText()))
          .isEqualTo(
              JSON.createObjectNode()
                  .put("id", String.valueOf(i))
                  .put("label", i + ": item, number " + i));
    }
    assertThat(
            sfn.getExecutionHistory(b -> b.executionArn(ended.executionArn())).events().stream()
                .map(HistoryEvent::typeAsString))
        .containsSubsequence(
            "MapStateStarted",
            "MapRunStarted",
            "MapRunSucceeded",
            "MapStateSucceeded",
            "ExecutionSucceeded");
  }

  @Test
  void aMapRunThatFailsPastItsToleranceWritesItsResultsBeforeItFails() throws Exception {
    Files.writeString(inputs.resolve("rows.csv"), "id,name\n1,lamp\n2,desk\n3,chair\n");
    String definition =
        DEFINITION
            .replace("\"Label\":\"Rows\",", "\"Label\":\"Rows\",\"ToleratedFailureCount\":0,")
            .replace(
                "\"StartAt\":\"Label\",\"States\":{",
                """
                "StartAt":"Two?","States":{
                  "Two?":{"Type":"Choice","Choices":[{"Variable":"$.id","StringEquals":"2",
                    "Next":"Broken"}],"Default":"Label"},
                  "Broken":{"Type":"Fail","Error":"Broken","Cause":"item 2 is broken"},""");

    DescribeExecutionResponse ended = run(definition, "{\"key\":\"rows.csv\"}");

    assertThat(ended.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(ended.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
    String mapRunArn =
        sfn.listMapRuns(b -> b.executionArn(ended.executionArn())).mapRuns().get(0).mapRunArn();
    String folder = "jobs/" + mapRunArn.substring(mapRunArn.lastIndexOf(':') + 1) + "/";
    JsonNode manifest = JSON.readTree(results.resolve(folder + "manifest.json").toFile());
    assertThat(manifest.at("/ResultFiles/FAILED/0/Key").asText())
        .isEqualTo(folder + "FAILED_0.json");
    JsonNode failed = JSON.readTree(results.resolve(folder + "FAILED_0.json").toFile());
    assertThat(failed).hasSize(1);
    assertThat(failed.get(0).get("Error").asText()).isEqualTo("Broken");
    assertThat(failed.get(0).get("Cause").asText()).isEqualTo("item 2 is broken");
    JsonNode succeeded = JSON.readTree(results.resolve(folder + "SUCCEEDED_0.json").toFile());
    assertThat(succeeded).hasSize(1);
    assertThat(JSON.readTree(succeeded.get(0).get("Output").asText()).get("id").asText())
        .isEqualTo("1");
    assertThat(
            sfn.getExecutionHistory(b -> b.executionArn(ended.executionArn())).events().stream()
                .map(HistoryEvent::typeAsString))
        .containsSubsequence("MapRunStarted", "MapRunFailed", "MapStateFailed", "ExecutionFailed");
  }

  @Test
  void aMissingFileFailsTheMapWithItemReaderFailed() throws Exception {
    DescribeExecutionResponse ended = run("{\"key\":\"nothing-here.csv\"}");

    assertThat(ended.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(ended.error()).isEqualTo("States.ItemReaderFailed");
    assertThat(ended.cause())
        .startsWith("The specified key does not exist: s3://inputs/nothing-here.csv");
  }
}
