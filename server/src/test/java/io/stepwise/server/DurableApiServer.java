package io.stepwise.server;

import io.stepwise.runtime.RuntimeClock;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.durable.DurableRuntime;
import io.stepwise.service.StepFunctionsApi;
import io.stepwise.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Every Step Functions operation on a SQLite store and the durable runtime, served on a free port
 * of 127.0.0.1: the server of the API tests that run executions or tasks.
 */
record DurableApiServer(SqliteStore store, DurableRuntime runtime, StepwiseServer server)
    implements AutoCloseable {

  /** Serves a store in {@code directory} whose executions reach {@code tasks} on {@code clock}. */
  static DurableApiServer start(Path directory, TaskRegistry tasks, RuntimeClock clock) {
    SqliteStore store = SqliteStore.openDirectory(directory);
    DurableRuntime runtime = DurableRuntime.open(store, tasks, clock);
    StepwiseServer server =
        StepwiseServer.start(
            ServerConfig.defaults().withAddress("127.0.0.1", 0),
            StepFunctionsApi.build(store, runtime, tasks, Clock.systemUTC()));
    return new DurableApiServer(store, runtime, server);
  }

  @Override
  public void close() {
    server.stop();
    runtime.close();
    store.close();
  }
}
