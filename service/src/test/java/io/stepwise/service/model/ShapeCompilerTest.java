package io.stepwise.service.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Shapes compiled from a model's definitions, recursive structures included. */
class ShapeCompilerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aStructureThatContainsItselfIsItsOwnMembersShape() throws JsonProcessingException {
    JsonNode shapes =
        JSON.readTree(
            """
            {"Value": {"type": "structure", "members": {"S": {"shape": "Text"},
                                                        "L": {"shape": "Values"}}},
             "Values": {"type": "list", "member": {"shape": "Value"}},
             "Text": {"type": "string", "min": 1}}
            """);
    Shape.StructureShape value = (Shape.StructureShape) new ShapeCompiler(shapes).shape("Value");
    Shape.ListShape values = (Shape.ListShape) value.members().get(1).shape();
    assertThat(values.member()).isSameAs(value);
    assertThat(value).hasToString("StructureShape[Value, members [S, L]]");
  }

  @Test
  void aListThatContainsItselfIsRefused() throws JsonProcessingException {
    JsonNode shapes =
        JSON.readTree("{\"Loop\": {\"type\": \"list\", \"member\": {\"shape\": \"Loop\"}}}");
    assertThatThrownBy(() -> new ShapeCompiler(shapes).shape("Loop"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Loop recurs");
  }
}
