package io.stepwise.dataflow.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.jsonata.CompiledJsonata;
import io.stepwise.dataflow.FixedEvaluationContext;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class JsonataValuesPropertiesTest {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  @Property
  void aDocumentSurvivesTheRoundTripThroughJsonataValues(@ForAll("documents") JsonNode document)
      throws Exception {
    Object value = copyOfViews(JsonataValues.toJsonata(document));
    assertThat(JsonataValues.toJson(value)).isEqualTo(asJsonataPrintsIt(document));
  }

  @Property
  void aDocumentSurvivesEvaluation(@ForAll("documents") JsonNode document) throws Exception {
    ObjectNode input = JSON.objectNode().set("v", document);
    JsonNode selected =
        JsonataEvaluator.evaluate(
            CompiledJsonata.compile("$states.input.v"),
            "Output",
            StatesBinding.ofInput(input),
            FixedEvaluationContext.empty());
    assertThat(selected.equals(JsonDocuments.NUMERIC_EQUALITY, document)).isTrue();
  }

  @Example
  void numbersKeepTheirPrecision() throws Exception {
    ObjectMapper exact =
        new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    for (String number :
        List.of("12345678901234567890123", "9007199254740993", "0.1", "1.50", "-0.000001")) {
      JsonNode node = exact.readTree(number);
      assertThat(JsonataValues.toJson(copyOfViews(JsonataValues.toJsonata(node)))).isEqualTo(node);
    }
    assertThat(JsonataValues.toJson(2.0)).isEqualTo(JSON.numberNode(2));
    assertThat(JsonataValues.toJson(1e20).toString()).isEqualTo("100000000000000000000");
    assertThat(JsonataValues.toJson(1.801439850948211E16).toString())
        .isEqualTo("18014398509482110");
    assertThat(JsonataValues.toJson(1e21)).isEqualTo(JSON.numberNode(1e21));
    assertThat(JsonataValues.toJson(0.5)).isEqualTo(JSON.numberNode(0.5));
  }

  @Provide
  Arbitrary<JsonNode> documents() {
    return JsonDocuments.documents();
  }

  /** Replaces the read-only views by plain maps and lists, as JSONata builds values itself. */
  private static Object copyOfViews(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, member) -> copy.put((String) key, copyOfViews(member)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(element -> copy.add(copyOfViews(element)));
      return copy;
    }
    return value;
  }

  /**
   * The document as JSONata writes it: a floating-point number without a fraction is an integer,
   * and every integer is held by the smallest node, as Jackson reads integers from text.
   */
  private static JsonNode asJsonataPrintsIt(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = JSON.objectNode();
      node.properties().forEach(e -> copy.set(e.getKey(), asJsonataPrintsIt(e.getValue())));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JSON.arrayNode();
      node.forEach(element -> copy.add(asJsonataPrintsIt(element)));
      return copy;
    }
    boolean integralDouble =
        node.isDouble()
            && node.doubleValue() == Math.rint(node.doubleValue())
            && Math.abs(node.doubleValue()) < 1e21;
    if (integralDouble || node.isIntegralNumber()) {
      BigInteger exact = node.decimalValue().toBigIntegerExact();
      if (exact.bitLength() < Integer.SIZE) {
        return JSON.numberNode(exact.intValue());
      }
      return exact.bitLength() < Long.SIZE
          ? JSON.numberNode(exact.longValue())
          : JSON.numberNode(exact);
    }
    return node;
  }
}
