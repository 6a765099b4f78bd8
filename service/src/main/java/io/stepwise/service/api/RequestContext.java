package io.stepwise.service.api;

import java.util.Optional;

/**
 * Who sent a request and where it applies: the region of its Signature V4 credential scope (or the
 * server's default region), the account of the server, the caller's access key id when the request
 * was signed, and the request id that the response carries.
 */
public record RequestContext(
    String region, String accountId, Optional<String> accessKeyId, String requestId) {}
