package io.stepwise.store.sqlite;

import static io.stepwise.store.StoreFixtures.events;
import static io.stepwise.store.StoreFixtures.machine;
import static io.stepwise.store.StoreFixtures.running;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.StateMachineRecord;
import io.stepwise.store.StepCommit;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only a file-backed store shows: data across reopenings, the journal mode, migrations. */
class SqliteFileTest {
  @TempDir Path directory;

  @Test
  void whatWasCommittedIsThereAfterAReopen() {
    ExecutionRecord execution = running("m", "e", 1);
    StateMachineRecord machine = machine("m", "{}");
    try (SqliteStore store = SqliteStore.openDirectory(directory)) {
      store.machines().createMachine(machine);
      store.executions().commit(StepCommit.start(execution).events(events(1, 3)).build()).join();
    }

    try (SqliteStore store = SqliteStore.openDirectory(directory)) {
      assertThat(store.machines().machine(machine.arn())).contains(machine);
      assertThat(store.executions().execution(execution.arn())).contains(execution);
      assertThat(store.executions().history(execution.arn())).isEqualTo(events(1, 3));
    }
  }

  @Test
  void theDatabaseIsInWalModeAndMigratedOnce() throws SQLException {
    SqliteStore.openDirectory(directory).close();
    SqliteStore.openDirectory(directory).close();

    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      assertThat(rows(statement, "PRAGMA journal_mode")).containsExactly("wal");
      assertThat(rows(statement, "SELECT version || ' ' || script FROM schema_version"))
          .containsExactly("1 V1__init.sql", "2 V2__execution_test_case.sql", "3 V3__journal.sql");
    }
  }

  @Test
  void aDatabaseFromANewerReleaseIsRefused() throws SQLException {
    SqliteStore.openDirectory(directory).close();
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO schema_version VALUES (99, 'V99__future.sql', 0)");
    }

    assertThatThrownBy(() -> SqliteStore.openDirectory(directory))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("version 99");
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + directory.resolve(SqliteStore.FILE_NAME));
  }

  private static List<String> rows(Statement statement, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    }
    return rows;
  }
}
