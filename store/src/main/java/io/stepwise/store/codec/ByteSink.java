package io.stepwise.store.codec;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.dataflow.Failure;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer with the primitives of the history codec: zig-zag variable-length
 * integers, and strings and JSON values that may be absent, each prefixed by its length plus one
 * (zero meaning absent).
 */
final class ByteSink {
  private byte[] bytes;
  private int size;

  ByteSink(int capacity) {
    bytes = new byte[capacity];
  }

  void writeByte(int value) {
    ensure(1);
    bytes[size++] = (byte) value;
  }

  void writeLong(long value) {
    long zigZag = (value << 1) ^ (value >> 63);
    ensure(10);
    while ((zigZag & ~0x7FL) != 0) {
      bytes[size++] = (byte) ((zigZag & 0x7F) | 0x80);
      zigZag >>>= 7;
    }
    bytes[size++] = (byte) zigZag;
  }

  void writeBoxedLong(Long value) {
    writeByte(value == null ? 0 : 1);
    if (value != null) {
      writeLong(value);
    }
  }

  void writeString(String value) {
    writeBytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a JSON value as its text, which is how AWS shows it and how the store keeps it. */
  void writeJson(JsonNode value) {
    writeString(value == null ? null : value.toString());
  }

  void writeFailure(Failure failure) {
    writeByte(failure == null ? 0 : 1);
    if (failure != null) {
      writeString(failure.error());
      writeString(failure.cause());
    }
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  private void writeBytes(byte[] value) {
    if (value == null) {
      writeLong(0);
      return;
    }
    writeLong(value.length + 1L);
    ensure(value.length);
    System.arraycopy(value, 0, bytes, size, value.length);
    size += value.length;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
