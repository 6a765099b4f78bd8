package io.stepwise.runtime.durable;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.ExecutionStatus;
import io.stepwise.runtime.RuntimeClock;
import io.stepwise.store.ExecutionQuery;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.sqlite.SqliteStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM running the durable runtime (SIGKILL, while executions run tasks and wait) and
 * finishes every execution it left in a new runtime on the same database.
 */
class DurableCrashTest {
  private static final int STARTS_BEFORE_KILL = 150;

  @TempDir Path directory;

  @Test
  void everyExecutionOfAKilledProcessFinishesOnceInTheNextOne() throws Exception {
    Process child = startChild();
    Set<String> started = ConcurrentHashMap.newKeySet();
    Thread reader = Thread.ofPlatform().start(() -> readStarts(child, started));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (started.size() < STARTS_BEFORE_KILL && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    child.destroyForcibly();
    assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
    reader.join();
    assertThat(started).hasSizeGreaterThanOrEqualTo(STARTS_BEFORE_KILL);

    try (SqliteStore store = SqliteStore.openDirectory(directory);
        DurableRuntime runtime =
            DurableRuntime.open(store, CrashWorker.slowDoubling(), RuntimeClock.system())) {
      List<ExecutionRecord> rows = all(store);
      assertThat(rows.stream().map(ExecutionRecord::name)).containsAll(started);
      assertThat(rows).anyMatch(row -> row.status() == ExecutionStatus.RUNNING);
      CompletableFuture.allOf(
              rows.stream()
                  .flatMap(row -> runtime.completion(row.arn()).stream())
                  .toArray(CompletableFuture[]::new))
          .get(60, TimeUnit.SECONDS);
      for (ExecutionRecord row : rows) {
        int n = Integer.parseInt(row.name().substring(1));
        RecoveryTest.checkFinished(
            store,
            CrashWorker.MACHINE,
            row.name(),
            "{'n':%d,'doubled':%d,'quadrupled':%d}".formatted(n, 2 * n, 4 * n));
      }
      assertThat(store.executions().pendingTasks()).isEmpty();
    }
  }

  private static List<ExecutionRecord> all(SqliteStore store) {
    return store
        .executions()
        .executions(new ExecutionQuery(null, null, null, 100_000, null))
        .items();
  }

  private Process startChild() throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            CrashWorker.class.getName(),
            directory.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static void readStarts(Process child, Set<String> started) {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith("started ")) {
          started.add(line.substring("started ".length()));
        }
      }
    } catch (IOException e) {
      // The child was killed while its output was being read; what was read counts.
    }
  }
}
