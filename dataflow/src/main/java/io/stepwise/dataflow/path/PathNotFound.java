package io.stepwise.dataflow.path;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.path.JsonPath;
import io.stepwise.asl.path.PathSegment;
import io.stepwise.dataflow.EvaluationContext;
import java.util.List;

/**
 * Explains, in Jayway's words that AWS passes on, why a definite path found nothing: {@code No
 * results for path: $['a']['b']} when the last step is missing, {@code Missing property in path
 * $['a']} when an earlier one is. Only called on the failure path, so it may walk the input again.
 */
public final class PathNotFound {

  private PathNotFound() {}

  public static String describe(JsonPath path, JsonNode input, EvaluationContext context) {
    JsonNode node = PathEvaluator.root(path, input, context);
    List<PathSegment> segments = path.segments();
    for (int i = 0; node != null && !node.isMissingNode() && i < segments.size(); i++) {
      JsonNode next = PathEvaluator.step(segments.get(i), node);
      boolean leaf = i == segments.size() - 1;
      if (next.isMissingNode() && !leaf && node.isObject()) {
        return "Missing property in path " + path.normalized(i + 1);
      }
      node = next;
    }
    return "No results for path: " + path.normalized();
  }
}
