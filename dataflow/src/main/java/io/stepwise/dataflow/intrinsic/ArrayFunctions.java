package io.stepwise.dataflow.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.path.JsonValues;

/** {@code States.Array} and the {@code States.Array*} functions. */
final class ArrayFunctions {
  /** AWS's limit on the size of the array that {@code States.ArrayRange} builds. */
  static final int MAX_RANGE_SIZE = 1000;

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ArrayFunctions() {}

  static JsonNode array(Arguments args) {
    ArrayNode out = JSON.arrayNode(args.count());
    for (int i = 0; i < args.count(); i++) {
      out.add(args.value(i));
    }
    return out;
  }

  static JsonNode partition(Arguments args) throws DataFlowException {
    JsonNode array = args.array(0);
    int size = args.integer(1);
    if (size <= 0) {
      throw args.failure("The chunk size must be greater than zero, but was: " + size);
    }
    ArrayNode out = JSON.arrayNode((array.size() + size - 1) / size);
    for (int start = 0; start < array.size(); start += size) {
      ArrayNode chunk = JSON.arrayNode(Math.min(size, array.size() - start));
      for (int i = start; i < Math.min(start + size, array.size()); i++) {
        chunk.add(array.get(i));
      }
      out.add(chunk);
    }
    return out;
  }

  static JsonNode contains(Arguments args) throws DataFlowException {
    JsonNode array = args.array(0);
    return BooleanNode.valueOf(indexOf(array, args.value(1), array.size()) >= 0);
  }

  static JsonNode range(Arguments args) throws DataFlowException {
    long first = args.integer(0);
    long last = args.integer(1);
    long step = args.integer(2);
    if (step == 0) {
      throw args.failure("The step must not be zero.");
    }
    long count = (last - first) / step + 1;
    if (count > MAX_RANGE_SIZE) {
      throw args.failure(
          "The array would have " + count + " elements, more than " + MAX_RANGE_SIZE + ".");
    }
    ArrayNode out = JSON.arrayNode((int) Math.max(0, count));
    for (long i = 0; i < count; i++) {
      out.add(IntNode.valueOf((int) (first + i * step)));
    }
    return out;
  }

  static JsonNode getItem(Arguments args) throws DataFlowException {
    JsonNode array = args.array(0);
    int index = args.integer(1);
    if (index < 0 || index >= array.size()) {
      throw args.failure(
          "The index " + index + " is out of bounds for an array of size " + array.size() + ".");
    }
    return array.get(index);
  }

  static JsonNode length(Arguments args) throws DataFlowException {
    return IntNode.valueOf(args.array(0).size());
  }

  /** Keeps the first occurrence of every value, in order. */
  static JsonNode unique(Arguments args) throws DataFlowException {
    JsonNode array = args.array(0);
    ArrayNode out = JSON.arrayNode(array.size());
    for (int i = 0; i < array.size(); i++) {
      if (indexOf(array, array.get(i), i) < 0) {
        out.add(array.get(i));
      }
    }
    return out;
  }

  /** The first index below {@code limit} whose element equals {@code value}, or -1. */
  private static int indexOf(JsonNode array, JsonNode value, int limit) {
    for (int i = 0; i < limit; i++) {
      if (JsonValues.equal(array.get(i), value)) {
        return i;
      }
    }
    return -1;
  }
}
