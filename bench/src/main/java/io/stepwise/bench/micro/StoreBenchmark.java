package io.stepwise.bench.micro;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.StepCommit;
import io.stepwise.store.codec.HistoryCodec;
import io.stepwise.store.sqlite.SqliteStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a durable step costs the store: appending one history event (its encoding, as the SQLite
 * store writes it), and committing a step of two events to SQLite on disk, durably, from one thread
 * and from many at once, where group commit lets commits share an fsync.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC", "-XX:ParallelGCThreads=2"})
public class StoreBenchmark {

  /** One SQLite store in a temporary folder, shared by the threads of a commit benchmark. */
  @State(Scope.Benchmark)
  public static class Database {
    Path folder;
    SqliteStore store;

    @Setup(Level.Trial)
    public void open() throws IOException {
      folder = Files.createTempDirectory("stepwise-store-bench");
      store = SqliteStore.openDirectory(folder);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      store.close();
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  /** One execution per thread, whose steps follow each other as the runtime commits them. */
  @State(Scope.Thread)
  public static class Execution {
    String arn;
    long nextId;

    @Setup(Level.Trial)
    public void start(Database database) {
      arn = "arn:aws:states:us-east-1:123456789012:execution:Bench:" + UUID.randomUUID();
      ExecutionRecord row =
          new ExecutionRecord(
              arn,
              "arn:aws:states:us-east-1:123456789012:stateMachine:Bench",
              null,
              null,
              "rev-1",
              arn.substring(arn.lastIndexOf(':') + 1),
              ExecutionStatus.RUNNING,
              System.currentTimeMillis(),
              null,
              "{}",
              null,
              null,
              null,
              0,
              null,
              null,
              null);
      database.store.executions().commit(StepCommit.start(row).events(step(1)).build()).join();
      nextId = 3;
    }
  }

  private static final HistoryEvent EXITED =
      new HistoryEvent(
          7,
          6,
          1_764_000_000_000L,
          HistoryEventType.PASS_STATE_EXITED,
          new EventDetails.StateExited(
              "Transform",
              JsonNodeFactory.instance.objectNode().put("orderId", "ORD-12345").put("total", 42),
              "Next"),
          0);

  /** A step's two events: a Pass state exited and the next one entered. */
  static List<HistoryEvent> step(long firstId) {
    ObjectNode output = JsonNodeFactory.instance.objectNode().put("orderId", "ORD-12345");
    return List.of(
        new HistoryEvent(
            firstId,
            firstId - 1,
            System.currentTimeMillis(),
            HistoryEventType.PASS_STATE_EXITED,
            new EventDetails.StateExited("Step" + firstId, output, "Next"),
            0),
        new HistoryEvent(
            firstId + 1,
            firstId,
            System.currentTimeMillis(),
            HistoryEventType.PASS_STATE_ENTERED,
            new EventDetails.StateEntered("Next" + firstId, output),
            0));
  }

  /** Appending one event as the store writes it: its encoding. */
  @Benchmark
  public byte[] encodeEvent() {
    return HistoryCodec.encode(EXITED);
  }

  /** A durable commit of one step of two events, one thread. */
  @Benchmark
  @Threads(1)
  public Object commitStep(Database database, Execution execution) {
    return commit(database, execution);
  }

  /** The same from 16 threads at once: the time per commit, with group commit. */
  @Benchmark
  @Threads(16)
  public Object commitStep16Threads(Database database, Execution execution) {
    return commit(database, execution);
  }

  private static Object commit(Database database, Execution execution) {
    long first = execution.nextId;
    execution.nextId += 2;
    return database
        .store
        .executions()
        .commit(StepCommit.step(execution.arn).events(step(first)).build())
        .join();
  }
}
