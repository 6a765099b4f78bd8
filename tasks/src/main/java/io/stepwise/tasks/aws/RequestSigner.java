package io.stepwise.tasks.aws;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Signs Stepwise's HTTP calls to an AWS service with Signature V4, as AWS's SDKs do: the headers
 * {@code host}, {@code x-amz-date} (and {@code x-amz-security-token}) are signed and the body's
 * SHA-256 is part of the signature. For services other than S3 the path is URI-encoded once more;
 * S3 signs the path as it is sent and also wants the body's hash in {@code x-amz-content-sha256}.
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
    boolean s3 = "s3".equals(service);
    String payloadHash = SigV4.sha256Hex(body);
    String signedHeaders =
        (s3 ? "host;x-amz-content-sha256;x-amz-date" : "host;x-amz-date")
            + (session ? ";x-amz-security-token" : "");
    String canonicalHeaders =
        "host:"
            + host
            + (s3 ? "\nx-amz-content-sha256:" + payloadHash : "")
            + "\nx-amz-date:"
            + amzDate
            + "\n"
            + (session ? "x-amz-security-token:" + credentials.sessionToken() + "\n" : "");
    String path = uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String canonicalRequest =
        method
            + "\n"
            + (s3 ? path : SigV4.uriEncode(path, true))
            + "\n"
            // Stepwise's calls carry no query, or one already in canonical (sorted) order.
            + (uri.getRawQuery() == null ? "" : uri.getRawQuery())
            + "\n"
            + canonicalHeaders
            + "\n"
            + signedHeaders
            + "\n"
            + payloadHash;
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
    if (s3) {
      request.header("X-Amz-Content-Sha256", payloadHash);
    }
    return request;
  }
}
