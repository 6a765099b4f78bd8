package io.stepwise.dataflow.intrinsic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.stepwise.dataflow.DataFlowException;

/** {@code States.StringToJson}, {@code States.JsonToString} and {@code States.JsonMerge}. */
final class JsonFunctions {
  /** Refuses text after the first JSON value, which Jackson would otherwise ignore. */
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonFunctions() {}

  /** Parses a JSON text; a blank string gives {@code null}, as on AWS. */
  static JsonNode stringToJson(Arguments args) throws DataFlowException {
    String text = args.string(0);
    if (text.isBlank()) {
      return NullNode.instance;
    }
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw args.failure("The string is not valid JSON: " + text);
    }
  }

  /** Serializes a value compactly, as AWS does. */
  static JsonNode jsonToString(Arguments args) {
    return TextNode.valueOf(args.value(0).toString());
  }

  /** Merges the second object into the first, shallowly; AWS refuses a deep merge. */
  static JsonNode merge(Arguments args) throws DataFlowException {
    JsonNode first = args.object(0);
    JsonNode second = args.object(1);
    if (args.bool(2)) {
      throw args.failure("Deep merge is not supported: the third argument must be false.");
    }
    ObjectNode merged = ((ObjectNode) first).objectNode();
    merged.setAll((ObjectNode) first);
    merged.setAll((ObjectNode) second);
    return merged;
  }
}
