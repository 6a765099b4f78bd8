package io.stepwise.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines of a log group's file read so far, printed as they come: each call prints the complete
 * lines written since the last one (a line being written stays for the next call), keeping only an
 * execution's when one is given.
 */
final class LogTail {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final String executionArn;
  private long position;

  LogTail(Path file, String executionArn) {
    this.file = file;
    this.executionArn = executionArn;
  }

  boolean exists() {
    return Files.exists(file);
  }

  void printNew(PrintWriter out) throws IOException {
    if (!exists()) {
      return;
    }
    byte[] bytes;
    try (RandomAccessFile reader = new RandomAccessFile(file.toFile(), "r")) {
      long length = reader.length();
      bytes = new byte[(int) Math.max(0, length - position)];
      reader.seek(position);
      reader.readFully(bytes);
    }
    int end = lastNewline(bytes);
    position += end;
    for (String line : new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n")) {
      if (!line.isEmpty() && matches(line)) {
        out.println(line);
      }
    }
    out.flush();
  }

  private static int lastNewline(byte[] bytes) {
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i] == '\n') {
        return i + 1;
      }
    }
    return 0;
  }

  private boolean matches(String line) throws JsonProcessingException {
    return executionArn == null
        || executionArn.equals(JSON.readTree(line).path("execution_arn").asText());
  }
}
