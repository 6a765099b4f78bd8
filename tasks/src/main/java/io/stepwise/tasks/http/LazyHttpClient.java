package io.stepwise.tasks.http;

import java.net.http.HttpClient;
import java.util.function.Supplier;

/**
 * An HTTP client that is built on its first use. Building the first {@link HttpClient} of a process
 * loads the JDK's TLS trust store and starts a selector thread, a tenth of a second of a server's
 * start that most servers never need: only tasks that call out over HTTP do.
 */
public final class LazyHttpClient implements Supplier<HttpClient> {
  private final Supplier<HttpClient> build;
  private volatile HttpClient client;

  /** A client that {@code build} makes when it is first asked for, once. */
  public LazyHttpClient(Supplier<HttpClient> build) {
    this.build = build;
  }

  @Override
  public HttpClient get() {
    HttpClient built = client;
    if (built == null) {
      synchronized (this) {
        if (client == null) {
          client = build.get();
        }
        built = client;
      }
    }
    return built;
  }
}
