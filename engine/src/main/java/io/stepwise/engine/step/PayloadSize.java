package io.stepwise.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.dataflow.Failure;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * AWS's limit on the size of a state's result: 256 KiB of JSON text. The size is measured by a walk
 * that stops as soon as the limit is passed, so small payloads cost little and no text is built.
 */
public final class PayloadSize {
  /** The largest result, in bytes of UTF-8 JSON text, that a state may return. */
  public static final long LIMIT = 256 * 1024;

  private PayloadSize() {}

  /** Whether {@code value} written as JSON text is longer than {@link #LIMIT} bytes. */
  public static boolean exceedsLimit(JsonNode value) {
    return size(value, LIMIT + 1) > LIMIT;
  }

  /** The failure AWS reports for an oversized result of {@code stateName}. */
  static Failure failure(String stateName) {
    return new Failure(
        ErrorNames.DATA_LIMIT_EXCEEDED,
        "The state/task '"
            + stateName
            + "' returned a result with a size exceeding the maximum number of bytes service"
            + " limit.");
  }

  /**
   * The size of {@code value} as JSON text in bytes, exact up to {@code budget}: past it the walk
   * stops and returns some size above {@code budget}.
   */
  static long size(JsonNode value, long budget) {
    if (value.isTextual()) {
      return value.textValue().getBytes(StandardCharsets.UTF_8).length + 2L;
    }
    if (value.isObject()) {
      long total = 2;
      Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
      while (fields.hasNext() && total <= budget) {
        Map.Entry<String, JsonNode> field = fields.next();
        total += field.getKey().length() + 4 + size(field.getValue(), budget - total);
      }
      return total;
    }
    if (value.isArray()) {
      long total = 2;
      for (int i = 0; i < value.size() && total <= budget; i++) {
        total += 1 + size(value.get(i), budget - total);
      }
      return total;
    }
    return value.isContainerNode() ? 2 : value.asText().length();
  }
}
