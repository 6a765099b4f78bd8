package io.stepwise.store.sqlite;

import static io.stepwise.store.StoreFixtures.events;
import static io.stepwise.store.StoreFixtures.executionArn;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.store.ExecutionStore;
import io.stepwise.store.TimerRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that commits in a loop (SIGKILL, mid-commit more often than not) and checks what
 * the database holds after a reopen: every acknowledged step, and every step whole or not at all.
 */
class CrashTest {
  private static final int ACKS_BEFORE_KILL = 150;

  @TempDir Path directory;

  @Test
  void aKilledWriterLeavesEveryAcknowledgedCommitAndNoTornOne() throws Exception {
    Path database = directory.resolve("crash.db");
    Process child = startChild(database);
    Map<String, Long> acknowledged = new ConcurrentHashMap<>();
    AtomicInteger acks = new AtomicInteger();
    Thread reader = Thread.ofPlatform().start(() -> readAcks(child, acknowledged, acks));

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (acks.get() < ACKS_BEFORE_KILL && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    child.destroyForcibly();
    assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
    reader.join();

    assertThat(acks.get()).isGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
    try (SqliteStore store = SqliteStore.open(database)) {
      for (int e = 0; e < CommitLoop.EXECUTIONS; e++) {
        checkExecution(store.executions(), "x" + e, acknowledged.getOrDefault("x" + e, 0L));
      }
    }
  }

  private static void checkExecution(ExecutionStore executions, String name, long acknowledged) {
    String arn = executionArn("m", name);
    List<HistoryEvent> history = executions.history(arn);
    long last = history.isEmpty() ? 0 : history.getLast().id();
    assertThat(last).as("last event of %s", name).isGreaterThanOrEqualTo(acknowledged);
    assertThat(history).isEqualTo(events(1, last));
    if (last > 1) {
      assertThat(last % 2).as("a step writes two events").isEqualTo(1);
      long step = (last - 1) / 2;
      assertThat(executions.timers(arn)).containsExactly(new TimerRecord(arn, step, last));
    }
  }

  private static Process startChild(Path database) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            CommitLoop.class.getName(),
            database.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static void readAcks(Process child, Map<String, Long> acknowledged, AtomicInteger acks) {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        String[] parts = line.split(" ");
        if (parts.length == 2) {
          acknowledged.merge(parts[0], Long.parseLong(parts[1]), Math::max);
          acks.incrementAndGet();
        }
      }
    } catch (IOException e) {
      // The child was killed while its output was being read; what was read counts.
    }
  }
}
