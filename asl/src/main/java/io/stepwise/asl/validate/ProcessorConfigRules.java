package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;

/** The rules of {@code ItemProcessor.ProcessorConfig}: a known Mode and ExecutionType. */
final class ProcessorConfigRules {
  private static final List<String> MODES = List.of("INLINE", "DISTRIBUTED");
  private static final List<String> EXECUTION_TYPES = List.of("STANDARD", "EXPRESS");

  private ProcessorConfigRules() {}

  static void check(JsonNode config, String pointer, ValidationContext ctx) {
    if (!config.isObject()) {
      ctx.schemaError(pointer, "The field 'ProcessorConfig' must be an object");
      return;
    }
    for (Iterator<String> names = config.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("Mode") && !name.equals("ExecutionType")) {
        ctx.schemaError(pointer, "The field '" + name + "' is not supported by Step Functions");
      }
    }
    checkOneOf(config, "Mode", MODES, pointer, ctx);
    checkOneOf(config, "ExecutionType", EXECUTION_TYPES, pointer, ctx);
  }

  private static void checkOneOf(
      JsonNode config, String field, List<String> values, String pointer, ValidationContext ctx) {
    JsonNode value = config.get(field);
    if (value != null && !(value.isTextual() && values.contains(value.textValue()))) {
      ctx.schemaError(
          pointer + "/" + field,
          "The field '" + field + "' should have one of these values: " + values);
    }
  }
}
