package io.stepwise.server;

import io.stepwise.runtime.RuntimeClock;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.durable.DurableRuntime;
import io.stepwise.service.StepFunctionsApi;
import io.stepwise.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The server process that {@link ServerCrashTest} kills: the whole API on a SQLite store in the
 * given directory and the durable runtime, on a free port that it prints.
 */
public final class ServerProcess {

  private ServerProcess() {}

  public static void main(String[] args) throws InterruptedException {
    SqliteStore store = SqliteStore.openDirectory(Path.of(args[0]));
    DurableRuntime runtime = DurableRuntime.open(store, new TaskRegistry(), RuntimeClock.system());
    StepwiseServer server =
        StepwiseServer.start(
            ServerConfig.defaults().withAddress("127.0.0.1", 0),
            StepFunctionsApi.build(store, runtime, Clock.systemUTC()));
    System.out.println("endpoint " + server.endpoint());
    System.out.flush();
    Thread.currentThread().join();
  }
}
