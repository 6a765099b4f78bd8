package io.stepwise.asl.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.MapState;

/** Reads {@code ItemProcessor.ProcessorConfig}; a Map without one runs inline. */
final class ProcessorConfigParser {
  private ProcessorConfigParser() {}

  static MapState.ProcessorConfig parse(JsonNode processor) {
    JsonNode config = processor == null ? null : processor.get("ProcessorConfig");
    if (config == null || !"DISTRIBUTED".equals(config.path("Mode").asText())) {
      return MapState.ProcessorConfig.INLINE;
    }
    MapState.ExecutionType type =
        "EXPRESS".equals(config.path("ExecutionType").asText())
            ? MapState.ExecutionType.EXPRESS
            : MapState.ExecutionType.STANDARD;
    return new MapState.ProcessorConfig(MapState.Mode.DISTRIBUTED, type);
  }
}
