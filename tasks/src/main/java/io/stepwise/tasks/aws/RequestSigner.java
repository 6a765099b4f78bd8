package io.stepwise.tasks.aws;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Signs Stepwise's HTTP calls to an AWS service with Signature V4, as AWS's SDKs do for services
 * other than S3: the headers {@code host}, {@code x-amz-date} (and {@code x-amz-security-token})
 * are signed, the path is URI-encoded once more, and the body's SHA-256 is part of the signature.
 */
public final class RequestSigner {
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final AwsCredentials credentials;
  private final String service;
  private final Clock clock;

  public RequestSigner(AwsCredentials credentials, String service, Clock clock) {
    this.credentials = credentials;
    this.service = service;
    this.clock = clock;
  }

  /** Adds the signature headers of a request with {@code body} to {@code uri} in {@code region}. */
  public HttpRequest.Builder sign(
      HttpRequest.Builder request, String method, URI uri, byte[] body, String region) {
    String amzDate = AMZ_DATE.format(clock.instant());
    String date = amzDate.substring(0, 8);
    String host = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    boolean session = credentials.sessionToken() != null;
    String signedHeaders = session ? "host;x-amz-date;x-amz-security-token" : "host;x-amz-date";
    String canonicalHeaders =
        "host:"
            + host
            + "\nx-amz-date:"
            + amzDate
            + "\n"
            + (session ? "x-amz-security-token:" + credentials.sessionToken() + "\n" : "");
    String canonicalRequest =
        method
            + "\n"
            + SigV4.uriEncode(uri.getRawPath().isEmpty() ? "/" : uri.getRawPath(), true)
            + "\n"
            // Stepwise's calls carry no query, or one already in canonical (sorted) order.
            + (uri.getRawQuery() == null ? "" : uri.getRawQuery())
            + "\n"
            + canonicalHeaders
            + "\n"
            + signedHeaders
            + "\n"
            + SigV4.sha256Hex(body);
    String scope = date + "/" + region + "/" + service + "/aws4_request";
    String signature =
        SigV4.signature(
            SigV4.signingKey(credentials.secretAccessKey(), date, region, service),
            SigV4.stringToSign(amzDate, scope, canonicalRequest));
    request
        .header("X-Amz-Date", amzDate)
        .header(
            "Authorization",
            SigV4.ALGORITHM
                + " Credential="
                + credentials.accessKeyId()
                + "/"
                + scope
                + ", SignedHeaders="
                + signedHeaders
                + ", Signature="
                + signature);
    if (session) {
      request.header("X-Amz-Security-Token", credentials.sessionToken());
    }
    return request;
  }
}
