package io.stepwise.tasks.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;

/**
 * Task parameters and results name members as AWS's SDKs do, starting in upper case ({@code
 * StateMachineArn}); a service whose wire names start in lower case ({@code stateMachineArn}) gets
 * them converted both ways, in every nested object.
 */
final class MemberCase {

  private MemberCase() {}

  static JsonNode toWire(JsonNode value) {
    return convert(value, false);
  }

  static JsonNode fromWire(JsonNode value) {
    return convert(value, true);
  }

  private static JsonNode convert(JsonNode value, boolean upper) {
    if (value.isObject()) {
      ObjectNode converted = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> member : value.properties()) {
        converted.set(firstLetter(member.getKey(), upper), convert(member.getValue(), upper));
      }
      return converted;
    }
    if (value.isArray()) {
      ArrayNode converted = JsonNodeFactory.instance.arrayNode();
      value.forEach(item -> converted.add(convert(item, upper)));
      return converted;
    }
    return value;
  }

  static String firstLetter(String name, boolean upper) {
    if (name.isEmpty()) {
      return name;
    }
    String first = name.substring(0, 1);
    return (upper ? first.toUpperCase(Locale.ROOT) : first.toLowerCase(Locale.ROOT))
        + name.substring(1);
  }
}
