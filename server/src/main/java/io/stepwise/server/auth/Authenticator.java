package io.stepwise.server.auth;

import io.stepwise.server.wire.ApiRequest;
import io.stepwise.service.api.ApiResult;
import java.time.Clock;
import java.util.Optional;

/**
 * Decides whether a request may reach the API, and who and where its caller is.
 *
 * <p>{@link #open()} accepts every request, as AWS's local runner did, and still reads the region
 * of a Signature V4 credential scope when there is one. {@link #requiring} accepts only requests
 * signed with one of the configured keys.
 */
public sealed interface Authenticator permits Authenticator.OpenAccess, SignatureCheck {

  ApiResult<Caller> authenticate(ApiRequest request);

  /**
   * This authenticator for an API whose requests are signed for {@code service} (e.g. {@code
   * lambda}); credential scopes naming another service are refused.
   */
  Authenticator forService(String service);

  static Authenticator open() {
    return new OpenAccess();
  }

  /** Requires signatures scoped to the Step Functions service, {@code states}. */
  static Authenticator requiring(AccessKeys keys, Clock clock) {
    return new SignatureCheck(keys, clock, SignatureCheck.STATES);
  }

  /** Accepts every request; a readable Authorization header still names region and key. */
  record OpenAccess() implements Authenticator {
    @Override
    public Authenticator forService(String service) {
      return this;
    }

    @Override
    public ApiResult<Caller> authenticate(ApiRequest request) {
      Optional<AuthorizationHeader> header =
          request
              .header("Authorization")
              .map(AuthorizationHeader::parse)
              .flatMap(
                  parsed ->
                      parsed instanceof ApiResult.Ok<AuthorizationHeader> ok
                          ? Optional.of(ok.value())
                          : Optional.empty());
      return ApiResult.ok(
          header
              .map(h -> new Caller(Optional.of(h.region()), Optional.of(h.accessKeyId())))
              .orElse(Caller.ANONYMOUS));
    }
  }
}
