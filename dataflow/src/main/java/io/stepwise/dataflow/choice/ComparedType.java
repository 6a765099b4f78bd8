package io.stepwise.dataflow.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.time.Timestamps;
import java.time.Instant;

/**
 * One of the four kinds of value that Choice rules compare (strings, numbers, booleans and
 * timestamps): how a JSON value is read as one, and how two of them are ordered. A value of another
 * type makes the comparison false rather than an error, as on AWS.
 *
 * @param <T> the Java form of the value, prepared once for literal operands
 */
sealed interface ComparedType<T> {
  ComparedType<String> STRING = new Strings();
  ComparedType<JsonNode> NUMBER = new Numbers();
  ComparedType<Boolean> BOOLEAN = new Booleans();
  ComparedType<Instant> TIMESTAMP = new Timestamp();

  /** The value as this type, or {@code null} when it is not one. */
  T read(JsonNode value);

  /** Negative, zero or positive as {@code a} is less than, equal to or greater than {@code b}. */
  int compare(T a, T b);

  /** Strings compare as Java strings do: by UTF-16 code unit, with no locale or normalization. */
  record Strings() implements ComparedType<String> {
    @Override
    public String read(JsonNode value) {
      return value.isTextual() ? value.textValue() : null;
    }

    @Override
    public int compare(String a, String b) {
      return a.compareTo(b);
    }
  }

  /** Numbers compare by value, whatever their JSON spelling: {@code 1} equals {@code 1.0}. */
  record Numbers() implements ComparedType<JsonNode> {
    @Override
    public JsonNode read(JsonNode value) {
      return value.isNumber() ? value : null;
    }

    @Override
    public int compare(JsonNode a, JsonNode b) {
      if (a.canConvertToExactIntegral()
          && b.canConvertToExactIntegral()
          && a.canConvertToLong()
          && b.canConvertToLong()) {
        return Long.compare(a.longValue(), b.longValue());
      }
      if (a.isFloatingPointNumber()
          && !a.isBigDecimal()
          && b.isFloatingPointNumber()
          && !b.isBigDecimal()) {
        double x = a.doubleValue();
        double y = b.doubleValue();
        // Primitive comparison, so that -0.0 equals 0.0 (JSON has no NaN).
        return x < y ? -1 : x > y ? 1 : 0;
      }
      return a.decimalValue().compareTo(b.decimalValue());
    }
  }

  /** Booleans are only ever tested for equality ({@code BooleanEquals}). */
  record Booleans() implements ComparedType<Boolean> {
    @Override
    public Boolean read(JsonNode value) {
      return value.isBoolean() ? value.booleanValue() : null;
    }

    @Override
    public int compare(Boolean a, Boolean b) {
      return Boolean.compare(a, b);
    }
  }

  /** Timestamps are strings that {@link Timestamps#parse} accepts; they compare as instants. */
  record Timestamp() implements ComparedType<Instant> {
    @Override
    public Instant read(JsonNode value) {
      return value.isTextual() ? Timestamps.parse(value.textValue()) : null;
    }

    @Override
    public int compare(Instant a, Instant b) {
      return a.compareTo(b);
    }
  }
}
