package io.stepwise.store.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.dataflow.Failure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads what a {@link ByteSink} wrote, in the same order. */
final class ByteSource {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final byte[] bytes;
  private int position;

  ByteSource(byte[] bytes) {
    this.bytes = bytes;
  }

  int readByte() {
    return bytes[position++] & 0xFF;
  }

  long readLong() {
    long zigZag = 0;
    int shift = 0;
    int next;
    do {
      next = bytes[position++];
      zigZag |= (long) (next & 0x7F) << shift;
      shift += 7;
    } while ((next & 0x80) != 0);
    return (zigZag >>> 1) ^ -(zigZag & 1);
  }

  int readInt() {
    return Math.toIntExact(readLong());
  }

  Long readBoxedLong() {
    return readByte() == 0 ? null : readLong();
  }

  String readString() {
    int length = readLength();
    if (length < 0) {
      return null;
    }
    String value = new String(bytes, position, length, StandardCharsets.UTF_8);
    position += length;
    return value;
  }

  JsonNode readJson() {
    int length = readLength();
    if (length < 0) {
      return null;
    }
    try {
      JsonNode value = JSON.readTree(bytes, position, length);
      position += length;
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException("Expected stored JSON text, but it does not parse", e);
    }
  }

  Failure readFailure() {
    return readByte() == 0 ? null : new Failure(readString(), readString());
  }

  private int readLength() {
    return Math.toIntExact(readLong()) - 1;
  }
}
