package io.stepwise.dataflow.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Renders a value into a {@code States.Format} result the way AWS does: strings as they are,
 * objects as {@code {key=value, ...}} and arrays as {@code [a, b]} (Java's collection notation),
 * other values as JSON.
 */
final class FormatRendering {

  private FormatRendering() {}

  static void append(StringBuilder out, JsonNode value) {
    if (value.isTextual()) {
      out.append(value.textValue());
    } else if (value.isObject()) {
      out.append('{');
      Iterator<Map.Entry<String, JsonNode>> members = value.properties().iterator();
      while (members.hasNext()) {
        Map.Entry<String, JsonNode> member = members.next();
        out.append(member.getKey()).append('=');
        append(out, member.getValue());
        out.append(members.hasNext() ? ", " : "");
      }
      out.append('}');
    } else if (value.isArray()) {
      out.append('[');
      for (int i = 0; i < value.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        append(out, value.get(i));
      }
      out.append(']');
    } else {
      out.append(value);
    }
  }
}
