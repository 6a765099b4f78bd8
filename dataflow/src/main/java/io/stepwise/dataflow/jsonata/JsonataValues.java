package io.stepwise.dataflow.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Converts between Jackson trees and the Java values the JSONata library works on ({@link Map},
 * {@link List}, {@link Number}, {@link String}, {@link Boolean}, {@link Jsonata#NULL_VALUE} for
 * JSON null, Java {@code null} for "no value").
 *
 * <p>Objects and arrays go in as read-only views that convert members only when the expression
 * reads them, and come back out as the very nodes they view, so selecting part of a large input
 * copies nothing. Numbers keep their precision: integers stay {@code int}, {@code long} or {@link
 * BigInteger}, decimals stay doubles or {@link BigDecimal}s, and a computed double without a
 * fraction comes out as an integer, as JSONata (a JavaScript language) prints it.
 */
public final class JsonataValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Integral doubles up to this magnitude print as integers in JavaScript, beyond as exponents. */
  private static final double LARGEST_PLAIN_INTEGER = 1e21;

  /** Below this magnitude every integer is a double exactly, so its digits are its value. */
  private static final double EXACT_DOUBLE_INTEGERS = 0x1p53;

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private JsonataValues() {}

  /** The JSONata value of {@code node}; a missing node is "no value" ({@code null}). */
  public static Object toJsonata(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> new JsonObjectView((ObjectNode) node);
      case ARRAY -> new JsonArrayView((ArrayNode) node);
      case STRING -> node.textValue();
      case BOOLEAN -> node.booleanValue();
      case NUMBER -> number(node);
      case NULL -> Jsonata.NULL_VALUE;
      case MISSING -> null;
      case BINARY, POJO -> node.asText();
    };
  }

  private static Object number(JsonNode node) {
    if (node.isInt()) {
      return node.intValue();
    }
    if (node.isLong()) {
      return node.longValue();
    }
    if (node.isBigInteger()) {
      BigInteger value = node.bigIntegerValue();
      boolean fitsLong = value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0;
      return fitsLong ? (Object) value.longValue() : value;
    }
    if (node.isBigDecimal()) {
      return node.decimalValue();
    }
    return node.doubleValue();
  }

  /**
   * The JSON of a JSONata value; {@link MissingNode} for "no value".
   *
   * @throws UnsupportedResult when the value (or a member of it) is a function or a regular
   *     expression, which JSON cannot hold
   */
  public static JsonNode toJson(Object value) throws UnsupportedResult {
    return switch (value) {
      case null -> MissingNode.getInstance();
      case JsonObjectView view -> view.node();
      case JsonArrayView view -> view.node();
      case String text -> NODES.textNode(text);
      case Boolean bool -> NODES.booleanNode(bool);
      case Number number -> number(number);
      case Map<?, ?> map -> object(map);
      case List<?> list -> array(list);
      default -> {
        if (value == Jsonata.NULL_VALUE) {
          yield NODES.nullNode();
        }
        throw new UnsupportedResult();
      }
    };
  }

  private static JsonNode number(Number number) {
    return switch (number) {
      case Integer i -> NODES.numberNode(i);
      case Long l -> integral(l);
      case Short s -> NODES.numberNode(s.intValue());
      case Byte b -> NODES.numberNode(b.intValue());
      case BigInteger big ->
          big.bitLength() < Long.SIZE ? integral(big.longValue()) : NODES.numberNode(big);
      case BigDecimal decimal -> NODES.numberNode(decimal);
      default -> floating(number.doubleValue());
    };
  }

  private static JsonNode floating(double value) {
    if (value != Math.rint(value) || Math.abs(value) >= LARGEST_PLAIN_INTEGER) {
      return NODES.numberNode(value);
    }
    long integral = (long) value;
    if (integral == value && Math.abs(value) < EXACT_DOUBLE_INTEGERS) {
      return integral(integral);
    }
    // JavaScript prints the shortest digits that read back as the same double, then zeros.
    BigInteger digits = BigDecimal.valueOf(value).toBigIntegerExact();
    return digits.bitLength() < Long.SIZE ? integral(digits.longValue()) : NODES.numberNode(digits);
  }

  /** An integer as the smallest node that holds it, as Jackson reads integers from JSON text. */
  private static JsonNode integral(long value) {
    int small = (int) value;
    return small == value ? NODES.numberNode(small) : NODES.numberNode(value);
  }

  private static JsonNode object(Map<?, ?> map) throws UnsupportedResult {
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      out.set(String.valueOf(entry.getKey()), member(entry.getValue()));
    }
    return out;
  }

  private static JsonNode array(List<?> list) throws UnsupportedResult {
    ArrayNode out = NODES.arrayNode(list.size());
    for (Object element : list) {
      out.add(member(element));
    }
    return out;
  }

  /**
   * A member of an object or array. JSONata never stores "no value" inside a structure it builds
   * (an object constructor leaves such a key out), so a Java {@code null} there comes from the
   * library's own JSON reader, which writes JSON null that way (for example in a transform's copy).
   */
  private static JsonNode member(Object value) throws UnsupportedResult {
    return value == null ? NODES.nullNode() : toJson(value);
  }

  /** Signals a result that JSON cannot hold, such as a function. */
  public static final class UnsupportedResult extends Exception {
    UnsupportedResult() {
      super("unsupported result type", null, false, false);
    }
  }
}
