package io.stepwise.asl.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.diagnostic.AslSyntaxException;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.path.JsonPath;

/**
 * The variables a Map state's own fields read: its paths and templates, its item batcher, and the
 * fields of its ItemReader and ResultWriter, which the model keeps as raw JSON.
 */
final class MapReads {
  private MapReads() {}

  static void read(MapState map, VariableReferences.StateReads reads) {
    reads.paths(map.inputPath(), map.itemsPath(), map.outputPath());
    reads.values(
        map.items(),
        map.maxConcurrency(),
        map.toleratedFailureCount(),
        map.toleratedFailurePercentage());
    reads.templates(map.itemSelector(), map.resultSelector(), map.assign(), map.output());
    if (map.itemBatcher() != null) {
      reads.values(map.itemBatcher().maxItemsPerBatch(), map.itemBatcher().maxInputBytesPerBatch());
      reads.templates(map.itemBatcher().batchInput());
    }
    reads.catchers(map.catchers());
    resource(map.itemReader(), reads);
    resource(map.resultWriter(), reads);
  }

  /** An ItemReader or ResultWriter: its Parameters or Arguments, and its reader's item limit. */
  private static void resource(JsonNode resource, VariableReferences.StateReads reads) {
    if (resource == null || !resource.isObject()) {
      return;
    }
    reads.rawTemplate(
        resource.get(reads.language == QueryLanguage.JSONATA ? "Arguments" : "Parameters"));
    JsonNode config = resource.get("ReaderConfig");
    if (config == null) {
      return;
    }
    JsonNode maxItemsPath = config.get("MaxItemsPath");
    if (maxItemsPath != null && maxItemsPath.isTextual()) {
      reads.path(path(maxItemsPath.textValue()));
    }
    JsonNode maxItems = config.get("MaxItems");
    if (maxItems != null && maxItems.isTextual() && reads.language == QueryLanguage.JSONATA) {
      reads.rawTemplate(maxItems);
    }
  }

  private static JsonPath path(String text) {
    try {
      return JsonPath.parse(text);
    } catch (AslSyntaxException e) {
      throw new IllegalArgumentException("A validated path does not parse: " + text, e);
    }
  }
}
