package io.stepwise.dataflow.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.asl.path.JsonPath;
import io.stepwise.asl.path.PathSegment;
import io.stepwise.dataflow.DataFlowException;
import java.util.List;

/**
 * Places a result into a state's input at a reference path. The input is never changed: only the
 * objects and arrays along the path are copied (shallowly); every other subtree is shared.
 */
public final class ResultPathWriter {

  private ResultPathWriter() {}

  /**
   * Returns a document equal to {@code input} with {@code result} at {@code path}, creating missing
   * objects along the way and overwriting what was there.
   *
   * @throws DataFlowException {@code States.ResultPathMatchFailure} when a step meets a value that
   *     is not an object (or, for an index, not an array with that index)
   */
  public static JsonNode write(JsonPath path, JsonNode input, JsonNode result)
      throws DataFlowException {
    if (path.root() != JsonPath.Root.INPUT || !path.isReferencePath()) {
      throw failure(path, input);
    }
    JsonNode written = write(path.segments(), 0, input, result);
    if (written == null) {
      throw failure(path, input);
    }
    return written;
  }

  /** The rewritten {@code node}, or {@code null} when the path cannot be applied to it. */
  private static JsonNode write(
      List<PathSegment> segments, int index, JsonNode node, JsonNode result) {
    if (index == segments.size()) {
      return result;
    }
    return switch (segments.get(index)) {
      case PathSegment.Field field -> writeField(segments, index, node, field.name(), result);
      case PathSegment.Index at -> writeElement(segments, index, node, at.index(), result);
      default -> null;
    };
  }

  private static JsonNode writeField(
      List<PathSegment> segments, int index, JsonNode node, String name, JsonNode result) {
    ObjectNode copy = JsonNodeFactory.instance.objectNode();
    if (node != null && node.isObject()) {
      copy.setAll((ObjectNode) node);
    } else if (node != null) {
      return null;
    }
    JsonNode child = write(segments, index + 1, copy.get(name), result);
    return child == null ? null : copy.set(name, child);
  }

  private static JsonNode writeElement(
      List<PathSegment> segments, int index, JsonNode node, int at, JsonNode result) {
    if (node == null || !node.isArray()) {
      return null;
    }
    int position = at < 0 ? node.size() + at : at;
    if (position < 0 || position >= node.size()) {
      return null;
    }
    JsonNode child = write(segments, index + 1, node.get(position), result);
    if (child == null) {
      return null;
    }
    ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
    copy.addAll((ArrayNode) node);
    copy.set(position, child);
    return copy;
  }

  private static DataFlowException failure(JsonPath path, JsonNode input) {
    return new DataFlowException(
        ErrorNames.RESULT_PATH_MATCH_FAILURE,
        "Unable to apply ReferencePath " + path.text() + " to input " + input);
  }
}
