package io.stepwise.tasks.http;

/**
 * A connection as EventBridge keeps one for HTTP tasks: a name and how requests through it are
 * authorized. A task names it by ARN ({@code
 * arn:aws:events:<region>:<account>:connection/<name>/<id>}); Stepwise matches the name, so that a
 * definition written for AWS runs unchanged.
 */
public record Connection(String name, Authorization authorization) {

  /** How a connection authorizes a request. */
  public sealed interface Authorization {}

  /** An {@code Authorization: Basic} header of the user name and password. */
  public record Basic(String username, String password) implements Authorization {
    @Override
    public String toString() {
      return "Basic[" + username + "]";
    }
  }

  /** A header that carries the key, for example {@code x-api-key}. */
  public record ApiKey(String headerName, String value) implements Authorization {
    @Override
    public String toString() {
      return "ApiKey[" + headerName + "]";
    }
  }

  /**
   * A bearer token that the connection gets from {@code tokenEndpoint} with the client credentials
   * grant, and keeps until it expires.
   */
  public record OAuthClientCredentials(String tokenEndpoint, String clientId, String clientSecret)
      implements Authorization {
    @Override
    public String toString() {
      return "OAuthClientCredentials[" + tokenEndpoint + ", " + clientId + "]";
    }
  }

  // Every authorization's toString leaves its secret out, which must never reach a log.
}
