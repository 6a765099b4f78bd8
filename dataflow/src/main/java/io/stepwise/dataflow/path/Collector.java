package io.stepwise.dataflow.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.stepwise.asl.path.PathSegment;
import io.stepwise.dataflow.EvaluationContext;
import java.util.List;

/** Walks an indefinite path depth-first, adding every match to an array in document order. */
final class Collector {
  private final List<PathSegment> segments;
  private final JsonNode document;
  private final EvaluationContext context;
  private final ArrayNode matches;

  Collector(
      List<PathSegment> segments, JsonNode document, EvaluationContext context, ArrayNode matches) {
    this.segments = segments;
    this.document = document;
    this.context = context;
    this.matches = matches;
  }

  void collect(JsonNode node, int index) {
    if (index == segments.size()) {
      matches.add(node);
      return;
    }
    apply(segments.get(index), node, index + 1);
  }

  private void apply(PathSegment segment, JsonNode node, int next) {
    switch (segment) {
      case PathSegment.Wildcard ignored -> node.forEach(child -> collect(child, next));
      case PathSegment.Names names -> {
        for (String name : names.names()) {
          collectPresent(node.isObject() ? node.get(name) : null, next);
        }
      }
      case PathSegment.Indexes indexes -> {
        for (int at : indexes.indexes()) {
          collectPresent(PathEvaluator.element(node, at), next);
        }
      }
      case PathSegment.Slice slice -> slice(slice, node, next);
      case PathSegment.Filter filter -> filter(filter, node, next);
      case PathSegment.DeepScan scan -> deepScan(scan.step(), node, next);
      default -> collectPresent(PathEvaluator.step(segment, node), next);
    }
  }

  private void collectPresent(JsonNode node, int next) {
    if (node != null && !node.isMissingNode()) {
      collect(node, next);
    }
  }

  private void slice(PathSegment.Slice slice, JsonNode node, int next) {
    if (!node.isArray()) {
      return;
    }
    int size = node.size();
    int from = bound(slice.from(), 0, size);
    int to = bound(slice.to(), size, size);
    for (int i = from; i < to; i += slice.step()) {
      collect(node.get(i), next);
    }
  }

  private static int bound(Integer given, int fallback, int size) {
    if (given == null) {
      return fallback;
    }
    int at = given < 0 ? size + given : given;
    return Math.max(0, Math.min(at, size));
  }

  private void filter(PathSegment.Filter filter, JsonNode node, int next) {
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (FilterEvaluator.test(filter.condition(), element, document, context)) {
          collect(element, next);
        }
      }
    } else if (node.isObject()
        && FilterEvaluator.test(filter.condition(), node, document, context)) {
      collect(node, next);
    }
  }

  /** Applies {@code step} to the node and then to each of its descendants, parents first. */
  private void deepScan(PathSegment step, JsonNode node, int next) {
    apply(step, node, next);
    if (node.isContainerNode()) {
      node.forEach(child -> deepScan(step, child, next));
    }
  }
}
