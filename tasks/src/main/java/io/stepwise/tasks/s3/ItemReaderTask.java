package io.stepwise.tasks.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.runtime.TaskResult;
import java.util.List;

/**
 * A distributed Map's ItemReader: {@code s3:getObject} reads the items of one file ({@code Bucket},
 * {@code Key}), {@code s3:listObjectsV2} lists the objects under a {@code Prefix} as items of
 * {@code Key}, {@code Size}, {@code Etag}, {@code LastModified} and {@code StorageClass}. Either
 * fails with States.ItemReaderFailed.
 */
final class ItemReaderTask {
  private final Buckets buckets;
  private final boolean listing;

  ItemReaderTask(Buckets buckets, boolean listing) {
    this.buckets = buckets;
    this.listing = listing;
  }

  /** The items, or States.ItemReaderFailed. */
  TaskResult read(JsonNode parameters) {
    TaskResult result;
    try {
      String bucket = required(parameters, "Bucket");
      ReaderConfig config = ReaderConfig.of(parameters.path("ReaderConfig"));
      result =
          TaskResult.success(
              listing ? list(bucket, parameters, config) : read(bucket, parameters, config));
    } catch (BucketException e) {
      result = TaskResult.failure(ErrorNames.ITEM_READER_FAILED, e.getMessage());
    }
    return result;
  }

  private ArrayNode read(String bucket, JsonNode parameters, ReaderConfig config)
      throws BucketException {
    byte[] content = buckets.get(bucket, required(parameters, "Key"));
    return "MANIFEST".equals(config.inputType())
        ? InventoryManifest.items(buckets, content, config)
        : ItemFiles.items(content, config);
  }

  private ArrayNode list(String bucket, JsonNode parameters, ReaderConfig config)
      throws BucketException {
    List<Buckets.StoredObject> objects = buckets.list(bucket, parameters.path("Prefix").asText(""));
    ArrayNode items = JsonNodeFactory.instance.arrayNode();
    for (Buckets.StoredObject object : objects) {
      if (config.maxItems() > 0 && items.size() >= config.maxItems()) {
        break;
      }
      items
          .addObject()
          .put("Etag", object.etag())
          .put("Key", object.key())
          .put("LastModified", object.lastModified())
          .put("Size", object.size())
          .put("StorageClass", "STANDARD");
    }
    return items;
  }

  static String required(JsonNode parameters, String field) throws BucketException {
    JsonNode value = parameters.path(field);
    if (!value.isTextual() || value.asText().isEmpty()) {
      throw new BucketException(
          "The field " + field + " must be a non-empty string, but was " + value);
    }
    return value.asText();
  }
}
