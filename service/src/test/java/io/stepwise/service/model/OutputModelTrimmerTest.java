package io.stepwise.service.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The trimming of a published model to its operations' outputs. */
class OutputModelTrimmerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String MODEL =
      """
      {"version": "2.0",
       "metadata": {"apiVersion": "2020-01-01", "endpointPrefix": "demo", "serviceId": "Demo",
                    "uid": "demo-2020-01-01", "protocol": "json"},
       "operations": {
         "Get": {"name": "Get", "input": {"shape": "GetInput"}, "output": {"shape": "GetOutput"},
                 "errors": [{"shape": "Missing"}], "documentation": "<p>Gets.</p>"},
         "Forget": {"name": "Forget", "input": {"shape": "GetInput"}}},
       "shapes": {
         "GetInput": {"type": "structure", "members": {"Id": {"shape": "Id"}}},
         "GetOutput": {"type": "structure", "required": ["Items"],
                       "members": {"Items": {"shape": "Items", "documentation": "<p>All.</p>"},
                                   "Tags": {"shape": "Tags", "location": "header"}}},
         "Items": {"type": "list", "member": {"shape": "Id"}, "max": 10},
         "Tags": {"type": "map", "key": {"shape": "Id"}, "value": {"shape": "Kind"}},
         "Id": {"type": "string", "min": 1, "max": 64, "pattern": "[a-z]+"},
         "Kind": {"type": "string", "enum": ["A", "B"], "documentation": "<p>Kind.</p>"},
         "Missing": {"type": "structure", "members": {}, "exception": true}}}
      """;

  @Test
  void keepsTheOutputsAndTheShapesTheyReachWithTheirConstraints() throws IOException {
    ObjectNode trimmed = OutputModelTrimmer.trimmed(JSON.readTree(MODEL));
    assertThat(trimmed.path("metadata"))
        .isEqualTo(
            JSON.readTree(
                "{\"apiVersion\":\"2020-01-01\",\"endpointPrefix\":\"demo\","
                    + "\"serviceId\":\"Demo\",\"uid\":\"demo-2020-01-01\"}"));
    assertThat(trimmed.path("operations"))
        .isEqualTo(JSON.readTree("{\"Get\":{\"output\":{\"shape\":\"GetOutput\"}}}"));
    JsonNode shapes = trimmed.path("shapes");
    assertThat(shapes.properties())
        .extracting(entry -> entry.getKey())
        .containsExactly("GetOutput", "Id", "Items", "Kind", "Tags");
    assertThat(shapes.path("GetOutput"))
        .isEqualTo(
            JSON.readTree(
                "{\"type\":\"structure\",\"required\":[\"Items\"],\"members\":"
                    + "{\"Items\":{\"shape\":\"Items\"},\"Tags\":{\"shape\":\"Tags\"}}}"));
    assertThat(shapes.path("Id"))
        .isEqualTo(JSON.readTree("{\"type\":\"string\",\"min\":1,\"max\":64}"));
    assertThat(shapes.path("Kind"))
        .isEqualTo(JSON.readTree("{\"type\":\"string\",\"enum\":[\"A\",\"B\"]}"));
  }

  @Test
  void writesOneShapeALineAndReadsBackTheSame() throws IOException {
    ObjectNode trimmed = OutputModelTrimmer.trimmed(JSON.readTree(MODEL));
    String text = OutputModelTrimmer.text(trimmed);
    assertThat(JSON.readTree(text)).isEqualTo(trimmed);
    assertThat(text.lines())
        .contains("\"Kind\":{\"type\":\"string\",\"enum\":[\"A\",\"B\"]},")
        .hasSize(1 + 1 + 1 + 1 + 1 + 5 + 1);
  }
}
