package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;

/**
 * The rules of Map states: one item processor (validated as a nested workflow), a valid processor
 * configuration, and a distributed Map's reader, batcher and label.
 */
final class MapRules {
  private static final Set<String> BATCHER_FIELDS =
      Set.of(
          "MaxItemsPerBatch",
          "MaxItemsPerBatchPath",
          "MaxInputBytesPerBatch",
          "MaxInputBytesPerBatchPath",
          "BatchInput");

  private MapRules() {}

  static void check(StateNode state, ValidationContext ctx) {
    checkProcessor(state, ctx);
    JsonNode label = state.field("Label");
    if (label != null && label.isTextual()) {
      LabelRules.check(label.textValue(), state.pointer("Label"), ctx);
    }
    JsonNode reader = state.field("ItemReader");
    if (reader != null && reader.isObject() && !reader.has("Resource")) {
      ctx.schemaError(state.pointer("ItemReader"), "These fields are required: [Resource]");
    }
    checkBatcher(state, ctx);
  }

  private static void checkProcessor(StateNode state, ValidationContext ctx) {
    String field = state.has("ItemProcessor") ? "ItemProcessor" : "Iterator";
    JsonNode processor = state.field(field);
    if (processor == null) {
      ctx.schemaError(state.pointer(), "These fields are required: [ItemProcessor]");
      return;
    }
    if (!processor.isObject()) {
      return;
    }
    WorkflowRules.check(processor, state.pointer(field), WorkflowKind.ITEM_PROCESSOR, ctx);
    JsonNode config = processor.get("ProcessorConfig");
    if (config != null) {
      ProcessorConfigRules.check(config, state.pointer(field) + "/ProcessorConfig", ctx);
    }
  }

  private static void checkBatcher(StateNode state, ValidationContext ctx) {
    JsonNode batcher = state.field("ItemBatcher");
    if (batcher == null || !batcher.isObject()) {
      return;
    }
    for (Iterator<String> names = batcher.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!BATCHER_FIELDS.contains(name)) {
        ctx.schemaError(
            state.pointer("ItemBatcher"),
            "The field '" + name + "' is not supported by Step Functions");
      }
    }
  }
}
