package io.stepwise.store.sqlite;

import io.stepwise.store.Store;
import io.stepwise.store.StoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContract {
  @TempDir Path directory;

  @Override
  protected Store openStore() {
    return SqliteStore.openDirectory(directory);
  }
}
