package io.stepwise.store.sqlite;

import io.stepwise.store.ActivityStore;
import io.stepwise.store.ExecutionStore;
import io.stepwise.store.MachineStore;
import io.stepwise.store.Store;
import io.stepwise.store.TagStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteJDBCLoader;

/**
 * The embedded durable store: one SQLite file in WAL mode with {@code synchronous=FULL}, so that a
 * commit is on disk when its future completes. One writer connection, owned by the {@link
 * GroupCommitter} thread, does every write; a small pool of read-only connections serves reads,
 * which WAL lets run beside the writer.
 */
public final class SqliteStore implements Store {
  /** The data directory used when none is given. */
  public static final Path DEFAULT_DATA_DIRECTORY = Path.of(".stepwise");

  /** The name of the database file in the data directory. */
  public static final String FILE_NAME = "stepwise.db";

  private static final int READERS = 4;
  private static final int BUSY_TIMEOUT_MS = 10_000;

  private final GroupCommitter committer;
  private final ReadConnections readers;
  private final SqliteMachines machines;
  private final SqliteActivities activities;
  private final SqliteTags tags;
  private final SqliteExecutions executions;

  private SqliteStore(GroupCommitter committer, ReadConnections readers) {
    this.committer = committer;
    this.readers = readers;
    this.machines = new SqliteMachines(committer, readers);
    this.activities = new SqliteActivities(committer, readers);
    this.tags = new SqliteTags(committer, readers);
    this.executions = new SqliteExecutions(committer, readers);
  }

  /** Opens the store of a data directory, creating the directory and the database if needed. */
  public static SqliteStore openDirectory(Path dataDirectory) {
    return open(dataDirectory.resolve(FILE_NAME));
  }

  /**
   * Loads SQLite's native library (extracted from the jar to a temporary file), which opening the
   * first database would otherwise do; safe to call from several threads at once.
   *
   * @throws StoreFailure when the library cannot be loaded
   */
  public static void loadLibrary() {
    try {
      SQLiteJDBCLoader.initialize();
    } catch (Exception e) {
      throw new StoreFailure("Could not load SQLite's native library", e);
    }
  }

  /** Opens a database file, creating it if needed, and migrates its schema. */
  public static SqliteStore open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      SqlSession writer = connect(file, false);
      SchemaMigrator.migrate(writer);
      writer.connection().setAutoCommit(false);
      List<SqlSession> readSessions = new ArrayList<>();
      for (int i = 0; i < READERS; i++) {
        readSessions.add(connect(file, true));
      }
      GroupCommitter committer = new GroupCommitter(writer);
      committer.start();
      return new SqliteStore(committer, new ReadConnections(readSessions));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new StoreFailure("Could not open the store " + file, e);
    }
  }

  private static SqlSession connect(Path file, boolean readOnly) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    if (!readOnly) {
      // WAL mode is a property of the file, set once by the writer; readers find it there.
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    }
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.setReadOnly(readOnly);
    return new SqlSession(config.createConnection("jdbc:sqlite:" + file.toAbsolutePath()));
  }

  @Override
  public MachineStore machines() {
    return machines;
  }

  @Override
  public ActivityStore activities() {
    return activities;
  }

  @Override
  public TagStore tags() {
    return tags;
  }

  @Override
  public ExecutionStore executions() {
    return executions;
  }

  /** How many transactions have been committed since the store was opened. */
  public long committedBatches() {
    return committer.batches();
  }

  @Override
  public void close() {
    committer.close();
    try {
      readers.close();
      committer.closeSession();
    } catch (SQLException e) {
      throw new StoreFailure("Could not close the store", e);
    }
  }
}
