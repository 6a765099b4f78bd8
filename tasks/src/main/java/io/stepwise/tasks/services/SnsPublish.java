package io.stepwise.tasks.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.runtime.TaskResult;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code arn:aws:states:::sns:publish}: SNS's Publish in the query protocol. A {@code Message} that
 * is not text is sent as its JSON, as Step Functions sends it; the result is {@code MessageId} (and
 * {@code SequenceNumber} for FIFO topics).
 */
final class SnsPublish {
  private static final List<String> SCALAR_MEMBERS =
      List.of(
          "TopicArn",
          "TargetArn",
          "PhoneNumber",
          "Message",
          "Subject",
          "MessageStructure",
          "MessageGroupId",
          "MessageDeduplicationId");
  private static final Pattern ERROR_CODE = Pattern.compile("<Code>([^<]*)</Code>");
  private static final Pattern ERROR_MESSAGE = Pattern.compile("<Message>([^<]*)</Message>");

  private SnsPublish() {}

  static String form(JsonNode parameters) {
    List<String> pairs = new ArrayList<>();
    pairs.add("Action=Publish");
    pairs.add("Version=" + QueryService.SNS.version());
    for (String member : SCALAR_MEMBERS) {
      JsonNode value = parameters.get(member);
      if (value != null && !value.isNull()) {
        pairs.add(member + "=" + encode(value.isTextual() ? value.asText() : value.toString()));
      }
    }
    int index = 1;
    for (Map.Entry<String, JsonNode> attribute :
        parameters.path("MessageAttributes").properties()) {
      String entry = "MessageAttributes.entry." + index++ + ".";
      pairs.add(entry + "Name=" + encode(attribute.getKey()));
      for (Map.Entry<String, JsonNode> field : attribute.getValue().properties()) {
        pairs.add(entry + "Value." + field.getKey() + "=" + encode(field.getValue().asText()));
      }
    }
    return String.join("&", pairs);
  }

  static TaskResult result(HttpResponse<String> response) {
    String xml = response.body();
    if (response.statusCode() / 100 != 2) {
      return ServiceErrors.failure(
          QueryService.SNS.errorPrefix(),
          ServiceErrors.exceptionName(first(ERROR_CODE, xml)),
          first(ERROR_MESSAGE, xml),
          response);
    }
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    result.put("MessageId", element(xml, "MessageId"));
    String sequence = element(xml, "SequenceNumber");
    if (!sequence.isEmpty()) {
      result.put("SequenceNumber", sequence);
    }
    return TaskResult.success(result);
  }

  private static String element(String xml, String name) {
    return first(Pattern.compile("<" + name + ">([^<]*)</" + name + ">"), xml);
  }

  private static String first(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.group(1) : "";
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
