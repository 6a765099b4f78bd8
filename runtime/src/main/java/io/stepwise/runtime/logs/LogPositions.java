package io.stepwise.runtime.logs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For each durable execution still running, the id of the last history event whose log lines are in
 * their file. After a crash the runtime logs again what follows it, so a committed event is logged
 * at least once. Kept in one small file ({@code positions}: an ARN and an id per line), replaced
 * whole, so a crash leaves either the old or the new one.
 */
final class LogPositions {
  private final Path file;
  private final Map<String, Long> positions = new HashMap<>();
  private boolean changed;

  private LogPositions(Path file) {
    this.file = file;
  }

  static LogPositions load(Path directory) throws IOException {
    LogPositions loaded = new LogPositions(directory.resolve("positions"));
    if (Files.exists(loaded.file)) {
      for (String line : Files.readAllLines(loaded.file)) {
        int tab = line.lastIndexOf('\t');
        loaded.positions.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)));
      }
    }
    return loaded;
  }

  /** The executions that have lines written and have not ended. */
  synchronized Set<String> executions() {
    return Set.copyOf(positions.keySet());
  }

  synchronized long get(String executionArn) {
    return positions.getOrDefault(executionArn, 0L);
  }

  synchronized void logged(String executionArn, long eventId, boolean ended) {
    changed = true;
    if (ended) {
      positions.remove(executionArn);
    } else {
      positions.merge(executionArn, eventId, Math::max);
    }
  }

  /** Writes the positions if they changed since the last save. */
  synchronized void save() throws IOException {
    if (!changed) {
      return;
    }
    Path next = file.resolveSibling("positions.next");
    List<String> lines =
        positions.entrySet().stream().map(e -> e.getKey() + '\t' + e.getValue()).toList();
    Files.write(next, lines);
    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    changed = false;
  }
}
