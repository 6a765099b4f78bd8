package io.stepwise.dataflow.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.stepwise.asl.path.JsonPath;
import io.stepwise.asl.path.PathSegment;
import io.stepwise.dataflow.EvaluationContext;
import java.util.List;

/**
 * Evaluates compiled {@link JsonPath}s the way Jayway JsonPath (which AWS uses) does. A definite
 * path returns the node it names, shared, or {@link MissingNode} when nothing is there; an
 * indefinite path returns a new array of its matches (possibly empty), and a trailing {@code
 * length()} returns the size of what precedes it.
 */
public final class PathEvaluator {

  private PathEvaluator() {}

  /** Selects what {@code path} names; {@link JsonNode#isMissingNode()} tells "not found". */
  public static JsonNode select(JsonPath path, JsonNode input, EvaluationContext context) {
    JsonNode root = root(path, input, context);
    if (root == null || root.isMissingNode()) {
      return MissingNode.getInstance();
    }
    return select(path.segments(), path.isDefinite(), root, context);
  }

  /** Selects relative to {@code node}, as a filter's {@code @...} operand does. */
  static JsonNode select(
      List<PathSegment> segments, boolean definite, JsonNode node, EvaluationContext context) {
    if (definite) {
      return selectDefinite(segments, node);
    }
    if (!segments.isEmpty() && segments.getLast() instanceof PathSegment.Length) {
      ArrayNode matches = JsonNodeFactory.instance.arrayNode();
      new Collector(segments.subList(0, segments.size() - 1), node, context, matches)
          .collect(node, 0);
      return IntNode.valueOf(matches.size());
    }
    ArrayNode matches = JsonNodeFactory.instance.arrayNode();
    new Collector(segments, node, context, matches).collect(node, 0);
    return matches;
  }

  /** The document a path starts from, or {@code null} when its variable is not in scope. */
  public static JsonNode root(JsonPath path, JsonNode input, EvaluationContext context) {
    return switch (path.root()) {
      case INPUT -> input;
      case CONTEXT -> context.contextObject();
      case VARIABLE -> context.variable(path.variable());
    };
  }

  private static JsonNode selectDefinite(List<PathSegment> segments, JsonNode node) {
    JsonNode current = node;
    for (int i = 0; i < segments.size() && !current.isMissingNode(); i++) {
      current = step(segments.get(i), current);
    }
    return current;
  }

  /** Applies one definite step; {@link MissingNode} when it does not apply. */
  static JsonNode step(PathSegment segment, JsonNode node) {
    return switch (segment) {
      case PathSegment.Field field ->
          node.isObject() ? orMissing(node.get(field.name())) : MissingNode.getInstance();
      case PathSegment.Index index -> element(node, index.index());
      case PathSegment.Length ignored -> length(node);
      default -> MissingNode.getInstance();
    };
  }

  static JsonNode element(JsonNode node, int index) {
    if (!node.isArray()) {
      return MissingNode.getInstance();
    }
    int at = index < 0 ? node.size() + index : index;
    return at >= 0 && at < node.size() ? node.get(at) : MissingNode.getInstance();
  }

  private static JsonNode length(JsonNode node) {
    if (node.isArray() || node.isObject()) {
      return IntNode.valueOf(node.size());
    }
    if (node.isTextual()) {
      return IntNode.valueOf(node.textValue().length());
    }
    return MissingNode.getInstance();
  }

  private static JsonNode orMissing(JsonNode node) {
    return node == null ? MissingNode.getInstance() : node;
  }
}
