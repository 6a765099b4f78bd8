package io.stepwise.runtime.durable;

import io.stepwise.store.Store;
import io.stepwise.store.sqlite.SqliteStore;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteDurableRuntimeTest extends DurableRuntimeContract {
  @TempDir Path directory;

  @Override
  Store openStore() {
    return SqliteStore.openDirectory(directory);
  }
}
