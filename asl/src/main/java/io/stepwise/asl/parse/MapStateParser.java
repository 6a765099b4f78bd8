package io.stepwise.asl.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.model.ValueSource;

/**
 * Parses Map states, inline and distributed, including the legacy {@code Iterator} and {@code
 * Parameters} fields (read as {@code ItemProcessor} and {@code ItemSelector}).
 */
final class MapStateParser {
  private MapStateParser() {}

  static MapState parse(String name, FieldReader fields, ParseContext ctx) {
    String processorField = fields.raw("ItemProcessor") != null ? "ItemProcessor" : "Iterator";
    JsonNode processor = fields.raw(processorField);
    return new MapState(
        name,
        fields.text("Comment"),
        fields.language(),
        StateParser.transition(fields),
        fields.pathField("InputPath"),
        fields.pathField("ItemsPath"),
        items(fields),
        WorkflowParser.parse(processor, fields.pointer(processorField), ctx),
        ProcessorConfigParser.parse(processor),
        fields.template(fields.raw("ItemSelector") != null ? "ItemSelector" : "Parameters"),
        fields.valueSource("MaxConcurrency", "MaxConcurrencyPath"),
        itemBatcher(fields, ctx),
        fields.raw("ItemReader"),
        fields.raw("ResultWriter"),
        fields.valueSource("ToleratedFailureCount", "ToleratedFailureCountPath"),
        fields.valueSource("ToleratedFailurePercentage", "ToleratedFailurePercentagePath"),
        fields.text("Label"),
        fields.template("ResultSelector"),
        fields.resultPath(),
        fields.pathField("OutputPath"),
        ErrorHandlingParser.retriers(fields, ctx),
        ErrorHandlingParser.catchers(fields, ctx),
        fields.template("Assign"),
        fields.template("Output"));
  }

  /** The JSONata {@code Items}: an array or an expression; absent in JSONPath states. */
  private static ValueSource items(FieldReader fields) {
    return fields.language() == QueryLanguage.JSONATA ? fields.valueSource("Items", null) : null;
  }

  private static MapState.ItemBatcher itemBatcher(FieldReader fields, ParseContext ctx) {
    JsonNode batcher = fields.raw("ItemBatcher");
    if (batcher == null || !batcher.isObject()) {
      return null;
    }
    FieldReader batch =
        new FieldReader(
            batcher, fields.pointer("ItemBatcher"), fields.language(), ctx.diagnostics());
    return new MapState.ItemBatcher(
        batch.valueSource("MaxItemsPerBatch", "MaxItemsPerBatchPath"),
        batch.valueSource("MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath"),
        batch.template("BatchInput"));
  }
}
