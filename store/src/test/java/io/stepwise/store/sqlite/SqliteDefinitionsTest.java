package io.stepwise.store.sqlite;

import io.stepwise.store.DefinitionContract;
import io.stepwise.store.Store;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteDefinitionsTest extends DefinitionContract {
  @TempDir Path directory;

  @Override
  protected Store openStore() {
    return SqliteStore.openDirectory(directory);
  }
}
