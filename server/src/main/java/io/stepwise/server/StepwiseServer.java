package io.stepwise.server;

import io.helidon.common.config.GlobalConfig;
import io.helidon.service.registry.GlobalServiceRegistry;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.Handler;
import io.stepwise.server.auth.Authenticator;
import io.stepwise.server.model.ServiceModel;
import io.stepwise.server.wire.ApiDispatcher;
import io.stepwise.server.wire.HttpApiHandler;
import io.stepwise.service.api.OperationRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The Step Functions API over HTTP (AWS JSON 1.0, {@code POST /} with {@code X-Amz-Target}), and
 * any {@link RestApi} beside it, on a Helidon web server whose requests run on virtual threads.
 *
 * <p>Lifecycle: {@link #start} binds and returns a running server; {@link #stop} (or {@link
 * #close}) stops accepting connections and lets requests in flight finish for up to {@link
 * #GRACE_PERIOD} before it returns.
 */
public final class StepwiseServer implements AutoCloseable {

  public static final Duration GRACE_PERIOD = Duration.ofSeconds(10);

  private final WebServer webServer;
  private final ServerConfig config;

  private StepwiseServer(WebServer webServer, ServerConfig config) {
    this.webServer = webServer;
    this.config = config;
  }

  public static StepwiseServer start(ServerConfig config, OperationRegistry registry) {
    return start(config, registry, Clock.systemUTC());
  }

  /** Starts with {@code clock} as the time against which request signatures are dated. */
  public static StepwiseServer start(ServerConfig config, OperationRegistry registry, Clock clock) {
    return start(config, registry, clock, List.of());
  }

  /**
   * Starts with {@code restApis} served beside Step Functions on the same port; their paths take
   * precedence over Step Functions' {@code POST /}.
   */
  public static StepwiseServer start(
      ServerConfig config, OperationRegistry registry, Clock clock, List<RestApi> restApis) {
    Authenticator authenticator =
        config
            .accessKeys()
            .map(keys -> Authenticator.requiring(keys, clock))
            .orElseGet(Authenticator::open);
    ApiDispatcher dispatcher =
        new ApiDispatcher(
            ServiceModel.load(),
            registry,
            authenticator,
            config.accountId(),
            config.defaultRegion());
    HttpApiHandler handler = new HttpApiHandler(dispatcher, config.maxBodyBytes());
    WebServer webServer =
        WebServer.builder()
            .host(config.host())
            .port(config.port())
            .shutdownHook(false)
            .shutdownGracePeriod(GRACE_PERIOD)
            .routing(
                routing -> {
                  for (RestApi api : restApis) {
                    Handler apiHandler = api.handler(authenticator, config.maxBodyBytes());
                    api.pathPatterns().forEach(pattern -> routing.any(pattern, apiHandler));
                  }
                  routing.any(handler);
                })
            .build()
            .start();
    return new StepwiseServer(webServer, config);
  }

  /**
   * Sets up what building a Helidon web server looks up first, Helidon's global service registry
   * and configuration (0.17 s of the 0.6 s of CPU time a node's start takes on the main thread,
   * measured, and independent of its settings), so that {@link #start} finds them ready; both are
   * safe to set up from two threads.
   */
  static void prepare() {
    GlobalServiceRegistry.registry();
    GlobalConfig.config();
  }

  /** The port the server listens on (the one picked when the configuration said 0). */
  public int port() {
    return webServer.port();
  }

  /** The URL that clients use as their endpoint, e.g. {@code http://127.0.0.1:8083}. */
  public URI endpoint() {
    return URI.create("http://" + hostForUri(config.host()) + ":" + port());
  }

  public boolean isRunning() {
    return webServer.isRunning();
  }

  public void stop() {
    if (webServer.isRunning()) {
      webServer.stop();
    }
  }

  @Override
  public void close() {
    stop();
  }

  private static String hostForUri(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }
}
