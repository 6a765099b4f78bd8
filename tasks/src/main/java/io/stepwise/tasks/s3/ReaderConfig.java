package io.stepwise.tasks.s3;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An ItemReader's evaluated {@code ReaderConfig}.
 *
 * @param inputType JSON, JSONL, CSV or MANIFEST; {@code null} for listObjectsV2
 * @param csvHeaders the CSV column names when {@code CSVHeaderLocation} is GIVEN, else {@code null}
 *     (the first row names them)
 * @param maxItems the most items to read, 0 for all
 */
record ReaderConfig(String inputType, List<String> csvHeaders, char csvDelimiter, long maxItems) {

  /** Reads {@code config} (a missing node for none), with AWS's names for each setting. */
  static ReaderConfig of(JsonNode config) throws BucketException {
    String type = config.path("InputType").isTextual() ? config.get("InputType").asText() : null;
    List<String> headers = null;
    if ("GIVEN".equals(config.path("CSVHeaderLocation").asText("FIRST_ROW"))) {
      if (!config.path("CSVHeaders").isArray()) {
        throw new BucketException(
            "CSVHeaders must be an array of strings when CSVHeaderLocation is GIVEN");
      }
      headers = new ArrayList<>();
      for (JsonNode header : config.get("CSVHeaders")) {
        headers.add(header.asText());
      }
    }
    return new ReaderConfig(type, headers, delimiter(config), maxItems(config));
  }

  private static char delimiter(JsonNode config) throws BucketException {
    String name = config.path("CSVDelimiter").asText("COMMA");
    return switch (name) {
      case "COMMA" -> ',';
      case "PIPE" -> '|';
      case "SEMICOLON" -> ';';
      case "SPACE" -> ' ';
      case "TAB" -> '\t';
      default ->
          throw new BucketException(
              "CSVDelimiter must be COMMA, PIPE, SEMICOLON, SPACE or TAB, but was " + name);
    };
  }

  private static long maxItems(JsonNode config) throws BucketException {
    JsonNode value = config.path("MaxItems");
    if (value.isMissingNode() || value.isNull()) {
      return 0;
    }
    if (!value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 0) {
      throw new BucketException("MaxItems must be a non-negative integer, but was " + value);
    }
    return value.asLong();
  }
}
