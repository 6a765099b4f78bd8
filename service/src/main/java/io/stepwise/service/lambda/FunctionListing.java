package io.stepwise.service.lambda;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiResult;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * ListFunctions' pages: at most MaxItems functions (50 by default) in name order, and a NextMarker
 * (the next function's name, encoded) while more remain.
 */
final class FunctionListing {
  private static final int DEFAULT_PAGE = 50;
  private static final int MAX_PAGE = 10_000;

  private FunctionListing() {}

  static ApiResult<ObjectNode> page(
      List<StoredFunction> functions, Optional<String> marker, Optional<Integer> maxItems) {
    int size = maxItems.orElse(DEFAULT_PAGE);
    if (size < 1 || size > MAX_PAGE) {
      return LambdaErrors.validation(
          "'" + size + "'",
          "maxItems",
          size < 1
              ? "Member must have value greater than or equal to 1"
              : "Member must have value less than or equal to 10000");
    }
    Optional<String> from = marker.flatMap(FunctionListing::decode);
    if (marker.isPresent() && from.isEmpty()) {
      return LambdaErrors.invalidParameter("Invalid marker: " + marker.get());
    }
    int start = 0;
    while (from.isPresent()
        && start < functions.size()
        && functions.get(start).name().compareTo(from.get()) < 0) {
      start++;
    }
    int end = Math.min(functions.size(), start + size);
    ObjectNode output = JsonNodeFactory.instance.objectNode();
    ArrayNode items = output.putArray("Functions");
    functions.subList(start, end).forEach(f -> items.add(FunctionDescriptions.configuration(f)));
    if (end < functions.size()) {
      output.put("NextMarker", encode(functions.get(end).name()));
    }
    return ApiResult.ok(output);
  }

  private static String encode(String name) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(name.getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<String> decode(String marker) {
    try {
      return Optional.of(new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException unreadable) {
      return Optional.empty();
    }
  }
}
