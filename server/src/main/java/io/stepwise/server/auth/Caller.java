package io.stepwise.server.auth;

import java.util.Optional;

/**
 * What the Authorization header says about the caller: the region of its credential scope and its
 * access key id, both absent for an unsigned request.
 */
public record Caller(Optional<String> region, Optional<String> accessKeyId) {

  public static final Caller ANONYMOUS = new Caller(Optional.empty(), Optional.empty());
}
