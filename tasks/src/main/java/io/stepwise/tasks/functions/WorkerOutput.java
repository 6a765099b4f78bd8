package io.stepwise.tasks.functions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A worker's stdout and stderr, which the process appends to a file of its own. Runtimes flush
 * their output before they post a result, so when the result arrives everything the invocation
 * printed is already in the file: reading from where the last invocation stopped gives exactly its
 * output, with no race against a pipe reader.
 */
final class WorkerOutput implements AutoCloseable {
  private final Path file;
  private final FileChannel channel;
  private final ByteBuffer buffer = ByteBuffer.allocate(8192);
  private long offset;

  private WorkerOutput(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /** Creates the (empty) output file of a worker under {@code directory}. */
  static WorkerOutput create(Path directory, String workerId) {
    try {
      Files.createDirectories(directory);
      Path file = directory.resolve(workerId + ".log");
      Files.write(file, new byte[0]);
      return new WorkerOutput(file, FileChannel.open(file, StandardOpenOption.READ));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the process must append its output. */
  ProcessBuilder.Redirect redirect() {
    return ProcessBuilder.Redirect.appendTo(file.toFile());
  }

  /** Appends what the process wrote since the last call to {@code log}. */
  synchronized void drainInto(InvocationLog log) {
    try {
      while (true) {
        buffer.clear();
        int n = channel.read(buffer, offset);
        if (n <= 0) {
          return;
        }
        offset += n;
        log.append(buffer.array(), 0, n);
      }
    } catch (IOException e) {
      log.appendLine("[Stepwise could not read the worker's output: " + e.getMessage() + "]");
    }
  }

  @Override
  public synchronized void close() {
    try {
      channel.close();
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // The file is in Stepwise's work directory; a leftover one does no harm.
    }
  }
}
