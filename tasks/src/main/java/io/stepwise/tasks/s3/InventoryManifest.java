package io.stepwise.tasks.s3;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The items of an S3 Inventory ({@code InputType} MANIFEST): its {@code manifest.json} names the
 * destination bucket, the columns ({@code fileSchema}) and the gzipped CSV files that list the
 * objects; each row of each file is an item whose members are the columns, their values strings.
 */
final class InventoryManifest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private InventoryManifest() {}

  static ArrayNode items(Buckets buckets, byte[] content, ReaderConfig config)
      throws BucketException {
    JsonNode manifest = manifest(content);
    if (!"CSV".equals(manifest.path("fileFormat").asText())) {
      throw new BucketException(
          "Only CSV inventories can be read, but the manifest's fileFormat is "
              + manifest.path("fileFormat"));
    }
    String arn = manifest.path("destinationBucket").asText();
    String bucket = arn.substring(arn.lastIndexOf(':') + 1);
    List<String> columns = List.of(manifest.path("fileSchema").asText().split("\\s*,\\s*"));
    ArrayNode items = JsonNodeFactory.instance.arrayNode();
    for (JsonNode file : manifest.path("files")) {
      String key = file.path("key").asText();
      List<List<String>> rows = CsvRows.parse(gunzip(buckets.get(bucket, key), key), ',');
      for (List<String> row : rows) {
        if (config.maxItems() > 0 && items.size() >= config.maxItems()) {
          return items;
        }
        items.add(item(columns, row, key));
      }
    }
    return items;
  }

  private static JsonNode manifest(byte[] content) throws BucketException {
    try {
      JsonNode manifest = JSON.readTree(content);
      if (manifest != null && manifest.path("files").isArray()) {
        return manifest;
      }
    } catch (IOException e) {
      throw new BucketException(
          "The manifest is not valid JSON: "
              + (e instanceof JsonProcessingException json ? json.getOriginalMessage() : e));
    }
    throw new BucketException("Expected an S3 Inventory manifest with a files array");
  }

  private static ObjectNode item(List<String> columns, List<String> row, String key)
      throws BucketException {
    if (row.size() != columns.size()) {
      throw new BucketException(
          "A row of "
              + key
              + " has "
              + row.size()
              + " fields, but fileSchema names "
              + columns.size());
    }
    ObjectNode item = JsonNodeFactory.instance.objectNode();
    for (int c = 0; c < columns.size(); c++) {
      item.put(columns.get(c), row.get(c));
    }
    return item;
  }

  private static String gunzip(byte[] content, String key) throws BucketException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(content))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BucketException(
          "The inventory file " + key + " is not gzipped CSV: " + e.getMessage());
    }
  }
}
