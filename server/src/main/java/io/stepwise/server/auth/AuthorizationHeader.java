package io.stepwise.server.auth;

import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.ErrorTypes;
import io.stepwise.tasks.aws.SigV4;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a Signature V4 {@code Authorization} header: {@code AWS4-HMAC-SHA256 Credential=<key
 * id>/<yyyyMMdd>/<region>/<service>/aws4_request, SignedHeaders=a;b, Signature=<hex>}.
 */
public record AuthorizationHeader(
    String accessKeyId,
    String date,
    String region,
    String service,
    List<String> signedHeaders,
    String signature) {

  static final String ALGORITHM = SigV4.ALGORITHM;
  private static final String TERMINATOR = "aws4_request";

  /** The credential scope, {@code <date>/<region>/<service>/aws4_request}. */
  public String scope() {
    return date + "/" + region + "/" + service + "/" + TERMINATOR;
  }

  /** Reads the header, answering a malformed one with AWS's IncompleteSignatureException. */
  public static ApiResult<AuthorizationHeader> parse(String header) {
    int space = header.indexOf(' ');
    String algorithm = space < 0 ? header : header.substring(0, space);
    if (!algorithm.equals(ALGORITHM)) {
      return incomplete("Unsupported AWS 'algorithm': '" + algorithm + "'");
    }
    Map<String, String> parameters = parameters(header.substring(space + 1));
    StringBuilder missing = new StringBuilder();
    for (String required : List.of("Credential", "Signature", "SignedHeaders")) {
      if (!parameters.containsKey(required)) {
        missing.append("Authorization header requires '").append(required).append("' parameter. ");
      }
    }
    if (!missing.isEmpty()) {
      return incomplete(missing + "Authorization=" + header);
    }
    String[] credential = parameters.get("Credential").split("/", -1);
    if (credential.length != 5 || !credential[4].equals(TERMINATOR)) {
      return incomplete(
          "Credential should be scoped with a valid terminator: 'aws4_request', not '"
              + credential[credential.length - 1]
              + "'.");
    }
    return ApiResult.ok(
        new AuthorizationHeader(
            credential[0],
            credential[1],
            credential[2],
            credential[3],
            List.of(parameters.get("SignedHeaders").split(";")),
            parameters.get("Signature")));
  }

  private static Map<String, String> parameters(String text) {
    Map<String, String> parameters = new HashMap<>();
    for (String part : text.split(",")) {
      int equals = part.indexOf('=');
      if (equals > 0) {
        parameters.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
      }
    }
    return parameters;
  }

  private static <T> ApiResult<T> incomplete(String message) {
    return ApiError.of(ErrorTypes.INCOMPLETE_SIGNATURE, message).asResult();
  }
}
