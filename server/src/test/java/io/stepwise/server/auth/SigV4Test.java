package io.stepwise.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.server.wire.ApiRequest;
import io.stepwise.service.api.ApiResult;
import io.stepwise.tasks.aws.SigV4;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Signature V4 against the example values of AWS's documentation ("Create a signed AWS API
 * request": the IAM ListUsers GET request of 2015-08-30 with the example key AKIDEXAMPLE).
 */
class SigV4Test {

  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final String AUTHORIZATION =
      "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request,"
          + " SignedHeaders=content-type;host;x-amz-date,"
          + " Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";

  private static final ApiRequest LIST_USERS =
      new ApiRequest(
          "GET",
          "/",
          "Action=ListUsers&Version=2010-05-08",
          Map.of(
              "content-type", List.of("application/x-www-form-urlencoded; charset=utf-8"),
              "host", List.of("iam.amazonaws.com"),
              "x-amz-date", List.of("20150830T123600Z")),
          new byte[0]);

  @Test
  void buildsTheDocumentedCanonicalRequest() {
    String canonical =
        CanonicalRequest.of(LIST_USERS, List.of("content-type", "host", "x-amz-date"));
    assertThat(canonical)
        .isEqualTo(
            "GET\n/\nAction=ListUsers&Version=2010-05-08\n"
                + "content-type:application/x-www-form-urlencoded; charset=utf-8\n"
                + "host:iam.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n\n"
                + "content-type;host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(SigV4.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59");
  }

  @Test
  void derivesTheDocumentedSigningKeys() {
    assertThat(HexFormat.of().formatHex(SigV4.signingKey(SECRET, "20150830", "us-east-1", "iam")))
        .isEqualTo("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9");
    assertThat(HexFormat.of().formatHex(SigV4.signingKey(SECRET, "20120215", "us-east-1", "iam")))
        .isEqualTo("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d");
  }

  @Test
  void computesTheDocumentedSignature() {
    AuthorizationHeader header = ok(AuthorizationHeader.parse(AUTHORIZATION));
    String canonical = CanonicalRequest.of(LIST_USERS, header.signedHeaders());
    String stringToSign = SigV4.stringToSign("20150830T123600Z", header.scope(), canonical);
    assertThat(stringToSign)
        .isEqualTo(
            "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/iam/aws4_request\n"
                + "f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59");
    byte[] key = SigV4.signingKey(SECRET, header.date(), header.region(), header.service());
    assertThat(SigV4.signature(key, stringToSign)).isEqualTo(header.signature());
  }

  @Test
  void readsTheAuthorizationHeader() {
    assertThat(ok(AuthorizationHeader.parse(AUTHORIZATION)))
        .isEqualTo(
            new AuthorizationHeader(
                "AKIDEXAMPLE",
                "20150830",
                "us-east-1",
                "iam",
                List.of("content-type", "host", "x-amz-date"),
                "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"));
    assertThat(AuthorizationHeader.parse("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830"))
        .isInstanceOfSatisfying(
            ApiResult.Err.class,
            err -> assertThat(err.error().type()).isEqualTo("IncompleteSignatureException"));
  }

  @Test
  void encodesPathsAndQueriesAsRfc3986() {
    assertThat(SigV4.uriEncode("/a b/ü~", true)).isEqualTo("/a%20b/%C3%BC~");
    assertThat(SigV4.uriEncode("a/b=c", false)).isEqualTo("a%2Fb%3Dc");
  }

  private static <T> T ok(ApiResult<T> result) {
    assertThat(result).isInstanceOf(ApiResult.Ok.class);
    return ((ApiResult.Ok<T>) result).value();
  }
}
