package io.stepwise.runtime.logs;

import io.stepwise.engine.history.HistoryEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Formats log events and appends them to their log group's file on a thread of its own, so that a
 * step never waits on a log file. It takes whatever has queued up as one batch: the lines of each
 * file are written together and forced to disk, then the {@linkplain LogPositions positions} of the
 * durable executions they belong to are saved.
 *
 * <p>Lifecycle: {@link #open} starts the thread; {@link #close} writes what is queued and stops it.
 * A batch that cannot be written is reported and dropped (AWS delivers logs on a best-effort basis
 * too); its executions' positions stay behind, so a restart logs those events again.
 */
public final class LogFileWriter implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(LogFileWriter.class.getName());
  private static final int MAX_BATCH = 1024;

  /**
   * The events of one committed step of an execution that its level logs, formatted here rather
   * than on the step's thread.
   *
   * @param lastEventId the id of the step's last event, logged or not
   */
  record Entry(
      LoggingSettings settings,
      String executionArn,
      int redriveCount,
      List<HistoryEvent> events,
      long lastEventId,
      boolean durable,
      boolean ended) {

    void appendTo(StringBuilder text) {
      for (HistoryEvent event : events) {
        text.append(
                LogEventFormat.line(
                    event, executionArn, redriveCount, settings.includeExecutionData()))
            .append('\n');
      }
    }
  }

  private final Path directory;
  private final LogPositions positions;
  private final BlockingQueue<Entry> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private final Object progress = new Object();
  private long submitted;
  private long written;
  private volatile boolean closed;

  private LogFileWriter(Path directory, LogPositions positions) {
    this.directory = directory;
    this.positions = positions;
    this.thread = Thread.ofPlatform().daemon().name("stepwise-logs").unstarted(this::run);
  }

  /** A writer into {@code directory} (see {@link LogGroupFiles}), created if need be. */
  public static LogFileWriter open(Path directory) {
    try {
      Files.createDirectories(directory);
      LogFileWriter writer = new LogFileWriter(directory, LogPositions.load(directory));
      writer.thread.start();
      return writer;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open the logs directory " + directory, e);
    }
  }

  void submit(Entry entry) {
    synchronized (progress) {
      submitted++;
    }
    queue.add(entry);
  }

  /** The id of the last event of a durable, running execution whose lines are written. */
  long loggedThrough(String executionArn) {
    return positions.get(executionArn);
  }

  /** The durable executions whose log is not known to be complete: begun, but not ended. */
  Set<String> executionsInProgress() {
    return positions.executions();
  }

  /** Forgets the position of an execution that will log no more. */
  void forget(String executionArn) {
    positions.logged(executionArn, 0, true);
    try {
      positions.save();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "Could not save the log positions in " + directory, e);
    }
  }

  /** Waits until every line submitted before this call is written. */
  public void flush() throws InterruptedException {
    synchronized (progress) {
      long target = submitted;
      while (written < target && thread.isAlive()) {
        progress.wait(100);
      }
    }
  }

  private void run() {
    List<Entry> batch = new ArrayList<>();
    while (!closed || !queue.isEmpty()) {
      try {
        Entry first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        write(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      synchronized (progress) {
        written += batch.size();
        progress.notifyAll();
      }
      batch.clear();
    }
  }

  private void write(List<Entry> batch) {
    Map<String, StringBuilder> byGroup = new LinkedHashMap<>();
    for (Entry entry : batch) {
      if (!entry.events().isEmpty()) {
        entry.appendTo(
            byGroup.computeIfAbsent(entry.settings().logGroupName(), g -> new StringBuilder()));
      }
    }
    try {
      for (Map.Entry<String, StringBuilder> group : byGroup.entrySet()) {
        append(LogGroupFiles.file(directory, group.getKey()), group.getValue());
      }
      for (Entry entry : batch) {
        if (entry.durable()) {
          positions.logged(entry.executionArn(), entry.lastEventId(), entry.ended());
        }
      }
      positions.save();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "Could not write execution logs to " + directory, e);
    }
  }

  private static void append(Path file, StringBuilder text) throws IOException {
    if (text.isEmpty()) {
      return;
    }
    try (FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(false);
    }
  }

  /** Writes what is queued, then stops the thread. */
  @Override
  public void close() {
    closed = true;
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
