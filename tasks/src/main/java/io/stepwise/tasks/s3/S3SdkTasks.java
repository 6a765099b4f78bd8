package io.stepwise.tasks.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.runtime.TaskResult;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The SDK integrations {@code aws-sdk:s3:getObject}, {@code putObject} and {@code listObjectsV2}
 * over the same buckets as the Map's ItemReader, their requests and results named as the SDK names
 * them. The object's body is text, as Step Functions gives it.
 */
final class S3SdkTasks {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_KEYS = 1000;

  private final Buckets buckets;

  S3SdkTasks(Buckets buckets) {
    this.buckets = buckets;
  }

  TaskResult getObject(JsonNode parameters) {
    return call(
        () -> {
          byte[] content =
              buckets.get(
                  ItemReaderTask.required(parameters, "Bucket"),
                  ItemReaderTask.required(parameters, "Key"));
          ObjectNode result = NODES.objectNode();
          result.put("Body", new String(content, StandardCharsets.UTF_8));
          result.put("ContentLength", content.length);
          return result;
        });
  }

  TaskResult putObject(JsonNode parameters) {
    return call(
        () -> {
          JsonNode body = parameters.path("Body");
          String text = body.isTextual() ? body.asText() : body.toString();
          byte[] content = text.getBytes(StandardCharsets.UTF_8);
          buckets.put(
              ItemReaderTask.required(parameters, "Bucket"),
              ItemReaderTask.required(parameters, "Key"),
              content);
          return NODES.objectNode().put("ETag", LocalFolderBuckets.etag(content));
        });
  }

  TaskResult listObjectsV2(JsonNode parameters) {
    return call(
        () -> {
          String bucket = ItemReaderTask.required(parameters, "Bucket");
          String prefix = parameters.path("Prefix").asText("");
          List<Buckets.StoredObject> objects = buckets.list(bucket, prefix);
          ObjectNode result = NODES.objectNode();
          var contents = result.putArray("Contents");
          for (Buckets.StoredObject object :
              objects.subList(0, Math.min(MAX_KEYS, objects.size()))) {
            contents
                .addObject()
                .put("ETag", object.etag())
                .put("Key", object.key())
                .put("LastModified", Instant.ofEpochSecond(object.lastModified()).toString())
                .put("Size", object.size())
                .put("StorageClass", "STANDARD");
          }
          result.put("IsTruncated", objects.size() > MAX_KEYS);
          result.put("KeyCount", contents.size());
          result.put("MaxKeys", MAX_KEYS);
          result.put("Name", bucket);
          result.put("Prefix", prefix);
          return result;
        });
  }

  /** A call of the bucket, its failure named as the SDK's exception. */
  private interface BucketCall {
    JsonNode run() throws BucketException;
  }

  private static TaskResult call(BucketCall call) {
    try {
      return TaskResult.success(call.run());
    } catch (BucketException e) {
      return TaskResult.failure(
          e.isNoSuchKey() ? "S3.NoSuchKeyException" : "S3.S3Exception", e.getMessage());
    }
  }
}
