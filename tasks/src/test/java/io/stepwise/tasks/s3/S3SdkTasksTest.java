package io.stepwise.tasks.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.TaskResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The aws-sdk:s3 tasks over a bucket kept as a local folder. */
class S3SdkTasksTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SDK = "arn:aws:states:::aws-sdk:s3:";

  @TempDir Path dir;

  private TaskResult call(String action, String parameters) throws Exception {
    return S3Tasks.register(
            new TaskRegistry(), new LocalFolderBuckets(Map.of("b", dir), Optional.empty()))
        .invoker(SDK + action)
        .invoke(JSON.readTree(parameters.replace('\'', '"')), null)
        .toCompletableFuture()
        .join();
  }

  private static JsonNode output(TaskResult result) {
    return ((TaskResult.Success) result).output();
  }

  @Test
  void anObjectPutIsReadAndListed() throws Exception {
    JsonNode put = output(call("putObject", "{'Bucket':'b','Key':'d/x.json','Body':{'a':1}}"));
    JsonNode got = output(call("getObject", "{'Bucket':'b','Key':'d/x.json'}"));
    JsonNode listed = output(call("listObjectsV2", "{'Bucket':'b','Prefix':'d/'}"));

    assertThat(Files.readString(dir.resolve("d/x.json"))).isEqualTo("{\"a\":1}");
    assertThat(put.get("ETag").asText()).isEqualTo(listed.at("/Contents/0/ETag").asText());
    assertThat(got.get("Body").asText()).isEqualTo("{\"a\":1}");
    assertThat(got.get("ContentLength").asInt()).isEqualTo(7);
    assertThat(listed.at("/Contents/0/Key").asText()).isEqualTo("d/x.json");
    assertThat(listed.get("KeyCount").asInt()).isEqualTo(1);
    assertThat(listed.get("IsTruncated").asBoolean()).isFalse();
    assertThat(listed.get("Name").asText()).isEqualTo("b");
  }

  @Test
  void aMissingKeyIsNoSuchKey() throws Exception {
    TaskResult result = call("getObject", "{'Bucket':'b','Key':'none'}");

    assertThat(((TaskResult.Failure) result).error()).isEqualTo("S3.NoSuchKeyException");
    assertThat(((TaskResult.Failure) result).cause())
        .startsWith("The specified key does not exist: s3://b/none");
  }
}
