package io.stepwise.service.tags;

import io.stepwise.service.api.ApiResult;
import io.stepwise.service.shape.Errors;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** AWS's limit of 50 tags per resource, counted after the new tags are merged in. */
public final class TagLimits {

  public static final int MAX_TAGS = 50;

  private TagLimits() {}

  public static ApiResult<Boolean> check(
      String resourceArn, Map<String, String> existing, Map<String, String> added) {
    Set<String> keys = new HashSet<>(existing.keySet());
    keys.addAll(added.keySet());
    return keys.size() > MAX_TAGS
        ? Errors.tooManyTags(resourceArn, MAX_TAGS).asResult()
        : ApiResult.ok(true);
  }
}
