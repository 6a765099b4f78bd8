package io.stepwise.tasks.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSON object as {@code application/x-www-form-urlencoded} text, as the HTTP task's {@code
 * Transform} with {@code RequestBodyEncoding: URL_ENCODED} sends it. Arrays follow {@code
 * RequestEncodingOptions.ArrayFormat}: INDICES ({@code a[0]=x&a[1]=y}, AWS's default), REPEAT
 * ({@code a=x&a=y}), COMMAS ({@code a=x,y}) or BRACKETS ({@code a[]=x&a[]=y}). Nested objects are
 * written with brackets, {@code o[k]=v}.
 */
final class FormEncoding {
  static final String DEFAULT_ARRAY_FORMAT = "INDICES";

  private FormEncoding() {}

  static String encode(JsonNode body, String arrayFormat) {
    List<String> pairs = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : body.properties()) {
      add(pairs, field.getKey(), field.getValue(), arrayFormat);
    }
    return String.join("&", pairs);
  }

  private static void add(List<String> pairs, String key, JsonNode value, String arrayFormat) {
    if (value.isObject()) {
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        add(pairs, key + "[" + field.getKey() + "]", field.getValue(), arrayFormat);
      }
    } else if (value.isArray()) {
      addArray(pairs, key, value, arrayFormat);
    } else {
      pairs.add(encode(key) + "=" + encode(text(value)));
    }
  }

  private static void addArray(List<String> pairs, String key, JsonNode array, String format) {
    if ("COMMAS".equals(format)) {
      List<String> items = new ArrayList<>();
      array.forEach(item -> items.add(text(item)));
      pairs.add(encode(key) + "=" + encode(String.join(",", items)));
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      String itemKey =
          switch (format) {
            case "REPEAT" -> key;
            case "BRACKETS" -> key + "[]";
            default -> key + "[" + i + "]";
          };
      add(pairs, itemKey, array.get(i), format);
    }
  }

  private static String text(JsonNode value) {
    return value.isTextual() ? value.asText() : value.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
