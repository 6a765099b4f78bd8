package io.stepwise.tasks.s3;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Turns the content of an item file into the items of a distributed Map, as ReaderConfig says. */
final class ItemFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ItemFiles() {}

  /** The items of {@code content}, at most {@code config.maxItems()} of them (0: all). */
  static ArrayNode items(byte[] content, ReaderConfig config) throws BucketException {
    String text = new String(content, StandardCharsets.UTF_8);
    String type = config.inputType() == null ? "JSON" : config.inputType();
    return switch (type) {
      case "JSON" -> json(text, config.maxItems());
      case "JSONL" -> jsonLines(text, config.maxItems());
      case "CSV" -> csv(text, config);
      default ->
          throw new BucketException(
              "InputType must be JSON, JSONL, CSV or MANIFEST for s3:getObject, but was " + type);
    };
  }

  private static ArrayNode json(String text, long maxItems) throws BucketException {
    JsonNode value;
    try {
      value = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new BucketException("The JSON file is not valid JSON: " + e.getOriginalMessage());
    }
    if (value == null || !value.isArray()) {
      throw new BucketException("Expected the JSON file to hold an array, but it holds " + value);
    }
    ArrayNode items = JsonNodeFactory.instance.arrayNode();
    for (JsonNode item : value) {
      if (full(items, maxItems)) {
        break;
      }
      items.add(item);
    }
    return items;
  }

  private static ArrayNode jsonLines(String text, long maxItems) throws BucketException {
    ArrayNode items = JsonNodeFactory.instance.arrayNode();
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length && !full(items, maxItems); i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        items.add(JSON.readTree(lines[i]));
      } catch (JsonProcessingException e) {
        throw new BucketException(
            "Line " + (i + 1) + " of the JSONL file is not valid JSON: " + e.getOriginalMessage());
      }
    }
    return items;
  }

  /** Each row (after the header row, unless the headers are given) as an object of strings. */
  private static ArrayNode csv(String text, ReaderConfig config) throws BucketException {
    List<List<String>> rows = CsvRows.parse(text, config.csvDelimiter());
    List<String> headers = config.csvHeaders();
    int first = 0;
    if (headers == null) {
      if (rows.isEmpty()) {
        throw new BucketException("The CSV file has no header row");
      }
      headers = rows.getFirst();
      first = 1;
    }
    ArrayNode items = JsonNodeFactory.instance.arrayNode();
    for (int r = first; r < rows.size() && !full(items, config.maxItems()); r++) {
      List<String> row = rows.get(r);
      if (row.size() != headers.size()) {
        throw new BucketException(
            "CSV row "
                + (r + 1)
                + " has "
                + row.size()
                + " fields, but there are "
                + headers.size()
                + " headers");
      }
      ObjectNode item = items.addObject();
      for (int c = 0; c < headers.size(); c++) {
        item.put(headers.get(c), row.get(c));
      }
    }
    return items;
  }

  private static boolean full(ArrayNode items, long maxItems) {
    return maxItems > 0 && items.size() >= maxItems;
  }
}
