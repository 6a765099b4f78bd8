package io.stepwise.dataflow.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.EvaluationContext;

/** Dispatches a call to the function that implements it. */
final class IntrinsicFunctions {

  private IntrinsicFunctions() {}

  static JsonNode apply(Arguments args, EvaluationContext context) throws DataFlowException {
    return switch (args.call().function()) {
      case FORMAT -> StringFunctions.format(args);
      case STRING_SPLIT -> StringFunctions.split(args);
      case UUID -> StringFunctions.uuid(context.random());
      case STRING_TO_JSON -> JsonFunctions.stringToJson(args);
      case JSON_TO_STRING -> JsonFunctions.jsonToString(args);
      case JSON_MERGE -> JsonFunctions.merge(args);
      case ARRAY -> ArrayFunctions.array(args);
      case ARRAY_PARTITION -> ArrayFunctions.partition(args);
      case ARRAY_CONTAINS -> ArrayFunctions.contains(args);
      case ARRAY_RANGE -> ArrayFunctions.range(args);
      case ARRAY_GET_ITEM -> ArrayFunctions.getItem(args);
      case ARRAY_LENGTH -> ArrayFunctions.length(args);
      case ARRAY_UNIQUE -> ArrayFunctions.unique(args);
      case BASE64_ENCODE -> EncodingFunctions.base64Encode(args);
      case BASE64_DECODE -> EncodingFunctions.base64Decode(args);
      case HASH -> EncodingFunctions.hash(args);
      case MATH_ADD -> MathFunctions.add(args);
      case MATH_RANDOM -> MathFunctions.random(args, context.random());
    };
  }
}
