package io.stepwise.server.auth;

import io.stepwise.server.wire.ApiRequest;
import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.ErrorTypes;
import io.stepwise.tasks.aws.SigV4;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Verifies Signature V4 as AWS does, refusing with AWS's errors: MissingAuthenticationToken without
 * an Authorization header, UnrecognizedClient for an unknown key id, InvalidSignature for a stale
 * or future request date (more than 5 minutes off), a scope of another service (the one given at
 * construction: {@code states}, or {@code lambda} for the Lambda API) or day, or a signature that
 * does not match.
 */
final class SignatureCheck implements Authenticator {

  static final String STATES = "states";
  private static final Duration MAX_SKEW = Duration.ofMinutes(5);
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final AccessKeys keys;
  private final Clock clock;
  private final String service;

  SignatureCheck(AccessKeys keys, Clock clock, String service) {
    this.keys = keys;
    this.clock = clock;
    this.service = service;
  }

  @Override
  public Authenticator forService(String signingService) {
    return new SignatureCheck(keys, clock, signingService);
  }

  @Override
  public ApiResult<Caller> authenticate(ApiRequest request) {
    Optional<String> authorization = request.header("Authorization");
    if (authorization.isEmpty()) {
      return refuse(
          ErrorTypes.MISSING_AUTHENTICATION_TOKEN, "Request is missing Authentication Token");
    }
    return AuthorizationHeader.parse(authorization.get())
        .then(header -> verify(request, header, authorization.get()));
  }

  private ApiResult<Caller> verify(ApiRequest request, AuthorizationHeader header, String raw) {
    Optional<String> secret = keys.secret(header.accessKeyId());
    if (secret.isEmpty()) {
      return refuse(
          ErrorTypes.UNRECOGNIZED_CLIENT, "The security token included in the request is invalid.");
    }
    if (!header.service().equals(service)) {
      return invalid("Credential should be scoped to correct service: '" + service + "'. ");
    }
    Optional<String> amzDate = request.header("X-Amz-Date");
    if (amzDate.isEmpty()) {
      return refuse(
          ErrorTypes.INCOMPLETE_SIGNATURE,
          "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. "
              + "Authorization="
              + raw);
    }
    return checkDate(header, amzDate.get())
        .then(ignored -> checkSignature(request, header, amzDate.get(), secret.get()));
  }

  private ApiResult<Instant> checkDate(AuthorizationHeader header, String amzDate) {
    Instant signedAt;
    try {
      signedAt = LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return refuse(
          ErrorTypes.INCOMPLETE_SIGNATURE,
          "Date must be in ISO-8601 'basic format'. Got '"
              + amzDate
              + "'. "
              + "See http://en.wikipedia.org/wiki/ISO_8601");
    }
    if (!amzDate.startsWith(header.date())) {
      return invalid(
          "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from "
              + "HTTP: '"
              + header.date()
              + "' != '"
              + amzDate.substring(0, 8)
              + "', from '"
              + amzDate
              + "'.");
    }
    Instant now = clock.instant();
    if (signedAt.isBefore(now.minus(MAX_SKEW))) {
      return invalid(
          "Signature expired: "
              + amzDate
              + " is now earlier than "
              + format(now.minus(MAX_SKEW))
              + " ("
              + format(now)
              + " - 5 min.)");
    }
    if (signedAt.isAfter(now.plus(MAX_SKEW))) {
      return invalid(
          "Signature not yet current: "
              + amzDate
              + " is still later than "
              + format(now.plus(MAX_SKEW))
              + " ("
              + format(now)
              + " + 5 min.)");
    }
    return ApiResult.ok(signedAt);
  }

  private ApiResult<Caller> checkSignature(
      ApiRequest request, AuthorizationHeader header, String amzDate, String secret) {
    if (!header.signedHeaders().contains("host")) {
      return invalid("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
    }
    String canonicalRequest = CanonicalRequest.of(request, header.signedHeaders());
    String stringToSign = SigV4.stringToSign(amzDate, header.scope(), canonicalRequest);
    byte[] key = SigV4.signingKey(secret, header.date(), header.region(), header.service());
    if (!SigV4.sameSignature(SigV4.signature(key, stringToSign), header.signature())) {
      return invalid(
          "The request signature we calculated does not match the signature you provided. Check"
              + " your AWS Secret Access Key and signing method. Consult the service documentation"
              + " for details.\n\nThe Canonical String for this request should have been\n'"
              + canonicalRequest
              + "'\n\nThe String-to-Sign should have been\n'"
              + stringToSign
              + "'\n");
    }
    return ApiResult.ok(
        new Caller(Optional.of(header.region()), Optional.of(header.accessKeyId())));
  }

  private static String format(Instant instant) {
    return AMZ_DATE.format(instant);
  }

  private static <T> ApiResult<T> invalid(String message) {
    return refuse(ErrorTypes.INVALID_SIGNATURE, message);
  }

  private static <T> ApiResult<T> refuse(String type, String message) {
    return ApiError.of(type, message).asResult();
  }
}
