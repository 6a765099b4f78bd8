package io.stepwise.dataflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/** Parses JSON text in tests; single quotes are allowed to keep Java literals readable. */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** Parses {@code text}, reading {@code '} as {@code "}. */
  public static JsonNode parse(String text) {
    return parseStrict(text.replace('\'', '"'));
  }

  public static JsonNode parseStrict(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
