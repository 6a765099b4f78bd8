package io.stepwise.tasks.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.TaskResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFolderBucketsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private TaskResult invoke(Buckets buckets, String resource, String parameters) throws Exception {
    return S3Tasks.register(new TaskRegistry(), buckets)
        .invoker(resource)
        .invoke(JSON.readTree(parameters.replace('\'', '"')), null)
        .toCompletableFuture()
        .join();
  }

  @Test
  void objectsAreFilesUnderTheBucketsFolder() throws Exception {
    Buckets buckets = new LocalFolderBuckets(Map.of("data", dir), Optional.empty());
    buckets.put("data", "in/a.json", "[1]".getBytes(StandardCharsets.UTF_8));

    assertThat(Files.readString(dir.resolve("in/a.json"))).isEqualTo("[1]");
    assertThat(new String(buckets.get("data", "in/a.json"), StandardCharsets.UTF_8))
        .isEqualTo("[1]");
    assertThat(buckets.list("data", "in/"))
        .extracting(Buckets.StoredObject::key)
        .containsExactly("in/a.json");
    assertThatThrownBy(() -> buckets.get("data", "../outside"))
        .hasMessage("The key ../outside is not a valid object key");
  }

  @Test
  void aBucketWithoutAFolderFailsNamingTheOption() throws Exception {
    TaskResult result =
        invoke(
            new LocalFolderBuckets(Map.of(), Optional.empty()),
            S3Tasks.GET_OBJECT,
            "{'Bucket':'nope','Key':'k'}");

    assertThat(result)
        .isEqualTo(
            TaskResult.failure(
                "States.ItemReaderFailed",
                "No folder or S3 endpoint is configured for the bucket nope: start Stepwise with"
                    + " --s3-bucket-folder nope=DIR, or set AWS_ENDPOINT_URL_S3"
                    + " (or --aws-endpoint s3=URL)"));
  }

  @Test
  void listObjectsV2GivesEachObjectAsAnItem() throws Exception {
    Files.createDirectories(dir.resolve("p"));
    Files.writeString(dir.resolve("p/b.txt"), "hello");
    Files.writeString(dir.resolve("p/a.txt"), "");
    Files.writeString(dir.resolve("other.txt"), "x");

    TaskResult result =
        invoke(
            new LocalFolderBuckets(Map.of("d", dir), Optional.empty()),
            S3Tasks.LIST_OBJECTS,
            "{'Bucket':'d','Prefix':'p/'}");

    JsonNode items = ((TaskResult.Success) result).output();
    assertThat(items).hasSize(2);
    assertThat(items.get(0).get("Key").asText()).isEqualTo("p/a.txt");
    assertThat(items.get(1).get("Key").asText()).isEqualTo("p/b.txt");
    assertThat(items.get(1).get("Size").asLong()).isEqualTo(5);
    assertThat(items.get(1).get("Etag").asText()).isEqualTo("\"5d41402abc4b2a76b9719d911017c592\"");
    assertThat(items.get(1).get("StorageClass").asText()).isEqualTo("STANDARD");
    assertThat(items.get(1).get("LastModified").isIntegralNumber()).isTrue();
  }

  @Test
  void theResultWriterWritesTheFilesAndTheManifest() throws Exception {
    String arn = "arn:aws:states:us-east-1:123456789012:mapRun:M/L:run-3";
    TaskResult result =
        invoke(
            new LocalFolderBuckets(Map.of("out", dir), Optional.empty()),
            S3Tasks.PUT_OBJECT,
            "{'Bucket':'out','Prefix':'jobs','MapRunArn':'"
                + arn
                + "','Executions':[{'Index':0,'Input':1,'Status':'SUCCEEDED','Output':2},"
                + "{'Index':1,'Input':3,'Status':'FAILED','Error':'E','Cause':'C'}]}");

    assertThat(((TaskResult.Success) result).output())
        .isEqualTo(
            JSON.readTree(
                ("{'MapRunArn':'%s','ResultWriterDetails':"
                        + "{'Bucket':'out','Key':'jobs/run-3/manifest.json'}}")
                    .formatted(arn)
                    .replace('\'', '"')));
    JsonNode manifest = JSON.readTree(dir.resolve("jobs/run-3/manifest.json").toFile());
    assertThat(manifest.get("DestinationBucket").asText()).isEqualTo("out");
    assertThat(manifest.at("/ResultFiles/SUCCEEDED/0/Key").asText())
        .isEqualTo("jobs/run-3/SUCCEEDED_0.json");
    assertThat(manifest.at("/ResultFiles/PENDING")).isEmpty();
    JsonNode succeeded = JSON.readTree(dir.resolve("jobs/run-3/SUCCEEDED_0.json").toFile());
    assertThat(succeeded.get(0).get("Output").asText()).isEqualTo("2");
    assertThat(succeeded.get(0).get("Input").asText()).isEqualTo("1");
    assertThat(succeeded.get(0).get("ExecutionArn").asText())
        .isEqualTo("arn:aws:states:us-east-1:123456789012:execution:M/L:run-3_0");
    JsonNode failed = JSON.readTree(dir.resolve("jobs/run-3/FAILED_0.json").toFile());
    assertThat(failed.get(0).get("Error").asText()).isEqualTo("E");
    assertThat(failed.get(0).get("Status").asText()).isEqualTo("FAILED");
    assertThat(manifest.at("/ResultFiles/FAILED/0/Size").asLong())
        .isEqualTo(Files.size(dir.resolve("jobs/run-3/FAILED_0.json")));
  }
}
