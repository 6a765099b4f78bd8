package io.stepwise.server.console;

import io.helidon.webserver.http.Handler;
import io.stepwise.server.RestApi;
import io.stepwise.server.auth.Authenticator;
import io.stepwise.store.Store;
import io.stepwise.tasks.functions.FunctionLogs;
import java.util.List;

/**
 * The web console, served on the server's port beside the APIs: {@code GET /} opens it. Its actions
 * go through the Step Functions API itself; it reads more through its own JSON API.
 *
 * <p>Lifecycle: built on the node's store and given to the server as a {@link RestApi}; {@link
 * #close} ends the live event streams, so call it before stopping the server.
 */
public final class Console implements RestApi, AutoCloseable {
  private final Store store;
  private final FunctionLogs functionLogs;
  private volatile boolean closing;

  /** A console of {@code store}'s machines and executions and of the local functions' logs. */
  public Console(Store store, FunctionLogs functionLogs) {
    this.store = store;
    this.functionLogs = functionLogs;
  }

  @Override
  public List<String> pathPatterns() {
    return List.of("/", "/console/*");
  }

  @Override
  public Handler handler(Authenticator authenticator, int maxBodyBytes) {
    return new ConsoleHandler(
        new ConsoleAssets(),
        new ConsoleQueries(store, functionLogs),
        new EventStream(store, () -> closing),
        authenticator);
  }

  @Override
  public void close() {
    closing = true;
  }
}
