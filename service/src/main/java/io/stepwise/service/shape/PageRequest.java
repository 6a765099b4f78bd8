package io.stepwise.service.shape;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiResult;
import java.util.Optional;

/**
 * The paging members of a List request: {@code maxResults} (0 or absent is AWS's default of 100)
 * and the cursor inside {@code nextToken}.
 */
public record PageRequest(int limit, Optional<String> cursor) {

  public static final int DEFAULT_LIMIT = 100;

  public static ApiResult<PageRequest> of(ObjectNode input, String listing) {
    int maxResults = input.path("maxResults").asInt(0);
    int limit = maxResults == 0 ? DEFAULT_LIMIT : maxResults;
    return PageTokens.decode(listing, Inputs.text(input, "nextToken"))
        .map(cursor -> new PageRequest(limit, cursor));
  }
}
