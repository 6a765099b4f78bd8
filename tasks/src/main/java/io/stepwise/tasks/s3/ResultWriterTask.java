package io.stepwise.tasks.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.engine.history.MapRunChildNames;
import io.stepwise.runtime.TaskResult;
import java.nio.charset.StandardCharsets;

/**
 * A distributed Map's ResultWriter ({@code s3:putObject}): writes the results of its child
 * executions under {@code Prefix/<map run id>/} as AWS does, {@code SUCCEEDED_0.json} and {@code
 * FAILED_0.json} (each written only when it has executions) and {@code manifest.json} that lists
 * them, and returns the Map state's result: the Map Run's ARN and the manifest's bucket and key.
 * Fails with States.ResultWriterFailed.
 */
final class ResultWriterTask {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] STATUSES = {"FAILED", "PENDING", "SUCCEEDED"};

  private final Buckets buckets;

  ResultWriterTask(Buckets buckets) {
    this.buckets = buckets;
  }

  /** The Map state's result, or States.ResultWriterFailed. */
  TaskResult write(JsonNode parameters) {
    try {
      return TaskResult.success(files(parameters));
    } catch (BucketException e) {
      return TaskResult.failure(ErrorNames.RESULT_WRITER_FAILED, e.getMessage());
    }
  }

  private JsonNode files(JsonNode parameters) throws BucketException {
    String bucket = ItemReaderTask.required(parameters, "Bucket");
    String mapRunArn = parameters.path("MapRunArn").asText();
    String prefix = parameters.path("Prefix").asText("");
    String folder =
        (prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/")
            + mapRunArn.substring(mapRunArn.lastIndexOf(':') + 1)
            + "/";
    ObjectNode files = NODES.objectNode();
    for (String status : STATUSES) {
      ArrayNode entries = entries(parameters.path("Executions"), status, mapRunArn);
      ArrayNode listed = files.putArray(status);
      if (!entries.isEmpty()) {
        String key = folder + status + "_0.json";
        byte[] content = entries.toString().getBytes(StandardCharsets.UTF_8);
        buckets.put(bucket, key, content);
        listed.addObject().put("Key", key).put("Size", content.length);
      }
    }
    ObjectNode manifest = NODES.objectNode();
    manifest.put("DestinationBucket", bucket);
    manifest.put("MapRunArn", mapRunArn);
    manifest.set("ResultFiles", files);
    String manifestKey = folder + "manifest.json";
    buckets.put(bucket, manifestKey, manifest.toString().getBytes(StandardCharsets.UTF_8));
    ObjectNode result = NODES.objectNode();
    result.put("MapRunArn", mapRunArn);
    result.putObject("ResultWriterDetails").put("Bucket", bucket).put("Key", manifestKey);
    return result;
  }

  /** The entries of the executions that ended with {@code status}, in AWS's shape. */
  private static ArrayNode entries(JsonNode executions, String status, String mapRunArn) {
    ArrayNode entries = NODES.arrayNode();
    for (JsonNode execution : executions) {
      if (!status.equals(execution.path("Status").asText())) {
        continue;
      }
      int index = execution.path("Index").asInt();
      ObjectNode entry = entries.addObject();
      entry.put("ExecutionArn", MapRunChildNames.executionArn(mapRunArn, index));
      entry.put("Input", execution.path("Input").toString());
      entry.putObject("InputDetails").put("Included", true);
      entry.put("Name", MapRunChildNames.name(mapRunArn, index));
      if (execution.has("Output")) {
        entry.put("Output", execution.get("Output").toString());
        entry.putObject("OutputDetails").put("Included", true);
      } else {
        entry.set("Error", execution.path("Error"));
        entry.set("Cause", execution.path("Cause"));
      }
      entry.put("Status", status);
    }
    return entries;
  }
}
