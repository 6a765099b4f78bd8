package io.stepwise.server.console;

import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryRenderer;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.Store;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * An execution's new history events as server-sent events: each {@code history} event carries one
 * history event in AWS's shape, with its id as the SSE id (a browser that reconnects sends it back
 * as {@code Last-Event-ID} and resumes after it); an {@code end} event carries the execution once
 * it has stopped and its history is sent, and the stream closes.
 *
 * <p>The stream reads the store every {@link #POLL_MILLIS} ms on its request's own virtual thread;
 * it also ends when the console closes, so that a server stop does not wait for open streams.
 */
final class EventStream {
  static final long POLL_MILLIS = 200;
  private static final int BATCH = 500;

  private final Store store;
  private final BooleanSupplier closing;

  EventStream(Store store, BooleanSupplier closing) {
    this.store = store;
    this.closing = closing;
  }

  /** Writes the events of {@code arn} after {@code afterId} to {@code out} until it stops. */
  void stream(String arn, long afterId, OutputStream out) throws IOException {
    write(out, "retry: 1000\n\n");
    long last = afterId;
    while (!closing.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
      Optional<ExecutionRecord> execution = store.executions().execution(arn);
      List<HistoryEvent> events = store.executions().history(arn, last + 1, BATCH, false);
      for (HistoryEvent event : events) {
        write(
            out, "id: " + event.id() + "\nevent: history\ndata: " + HistoryRenderer.render(event));
        last = event.id();
      }
      if (events.isEmpty() && hasStopped(execution)) {
        write(out, "event: end\ndata: " + ConsoleJson.execution(execution.orElseThrow()));
        return;
      }
      if (events.size() < BATCH) {
        sleep();
      }
    }
  }

  private static boolean hasStopped(Optional<ExecutionRecord> execution) {
    return execution.map(e -> e.status() != ExecutionStatus.RUNNING).orElse(true);
  }

  private static void write(OutputStream out, String event) throws IOException {
    out.write((event.endsWith("\n\n") ? event : event + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
