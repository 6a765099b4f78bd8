package io.stepwise.server;

import io.helidon.webserver.http.Handler;
import io.stepwise.server.auth.Authenticator;
import java.util.List;

/**
 * An API that the server serves beside Step Functions, on the same port, at its own REST paths (the
 * Lambda API, for one).
 */
public interface RestApi {

  /** The path patterns it serves, in Helidon's syntax, e.g. {@code /2015-03-31/*}. */
  List<String> pathPatterns();

  /**
   * The handler of its requests. {@code authenticator} is the server's (open, or requiring
   * signatures for {@code states}); the API narrows it with {@link Authenticator#forService}.
   */
  Handler handler(Authenticator authenticator, int maxBodyBytes);
}
