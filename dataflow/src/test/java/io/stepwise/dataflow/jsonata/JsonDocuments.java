package io.stepwise.dataflow.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random JSON documents for the JSONata properties, rich in the numbers that are easy to get wrong:
 * ints, longs, integers beyond a long, doubles, and decimals with trailing zeros.
 */
final class JsonDocuments {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Orders numbers by value, so that {@code 2.0} equals {@code 2}; other nodes by equality. */
  static final Comparator<JsonNode> NUMERIC_EQUALITY =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  private JsonDocuments() {}

  static Arbitrary<JsonNode> documents() {
    return Arbitraries.recursive(JsonDocuments::leaves, JsonDocuments::containersOf, 0, 4);
  }

  static Arbitrary<JsonNode> leaves() {
    return Arbitraries.oneOf(
        Arbitraries.integers().map(JSON::numberNode),
        Arbitraries.longs().map(JSON::numberNode),
        Arbitraries.bigIntegers()
            .between(BigInteger.TEN.pow(19), BigInteger.TEN.pow(30))
            .map(JSON::numberNode),
        Arbitraries.doubles().map(JSON::numberNode),
        Arbitraries.bigDecimals()
            .between(BigDecimal.valueOf(-1e9), BigDecimal.valueOf(1e9))
            .ofScale(4)
            .map(JSON::numberNode),
        Arbitraries.strings().ofMaxLength(10).map(JSON::textNode),
        Arbitraries.of(true, false).map(JSON::booleanNode),
        Arbitraries.just(JSON.nullNode()));
  }

  private static Arbitrary<JsonNode> containersOf(Arbitrary<JsonNode> elements) {
    return Arbitraries.oneOf(objectsOf(elements), arraysOf(elements));
  }

  private static Arbitrary<JsonNode> arraysOf(Arbitrary<JsonNode> elements) {
    return elements.list().ofMaxSize(4).map(list -> (JsonNode) new ArrayNode(JSON, list));
  }

  private static Arbitrary<JsonNode> objectsOf(Arbitrary<JsonNode> values) {
    Arbitrary<String> names = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5);
    return Combinators.combine(names.list().ofMaxSize(4), values.list().ofSize(4))
        .as(
            (keys, children) -> {
              ObjectNode object = JSON.objectNode();
              for (int i = 0; i < keys.size(); i++) {
                object.set(keys.get(i), children.get(i));
              }
              return object;
            });
  }
}
