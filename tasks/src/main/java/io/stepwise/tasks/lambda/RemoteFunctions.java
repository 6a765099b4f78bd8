package io.stepwise.tasks.lambda;

import io.stepwise.tasks.aws.AwsCredentials;
import io.stepwise.tasks.aws.RequestSigner;
import io.stepwise.tasks.functions.FunctionInvocations;
import io.stepwise.tasks.functions.InvocationResult;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Sends Lambda invocations to another Lambda-compatible endpoint (configured with {@code
 * LAMBDA_ENDPOINT}, as AWS's local runner did) instead of running them here: Lambda's Invoke call,
 * {@code POST /2015-03-31/functions/<function>/invocations}, whose answer becomes what the function
 * returned, what it raised ({@code X-Amz-Function-Error}), or Lambda's refusal.
 */
public final class RemoteFunctions implements FunctionInvocations {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** Invocations last at most 900 s on Lambda; the answer is awaited a little longer. */
  private static final Duration INVOCATION_TIMEOUT = Duration.ofSeconds(910);

  private final URI endpoint;
  private final HttpClient client;
  private final Optional<RequestSigner> signer;
  private final String defaultRegion;

  /** Unsigned calls, for endpoints that take any (SAM local, emulators). */
  public RemoteFunctions(URI endpoint) {
    this(endpoint, Optional.empty(), "us-east-1");
  }

  /** Calls signed with {@code credentials} when present. */
  public RemoteFunctions(URI endpoint, Optional<AwsCredentials> credentials, String defaultRegion) {
    this.endpoint = endpoint;
    this.client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    this.signer = credentials.map(keys -> new RequestSigner(keys, "lambda", Clock.systemUTC()));
    this.defaultRegion = defaultRegion;
  }

  /** The endpoint invocations go to. */
  public URI endpoint() {
    return endpoint;
  }

  @Override
  public CompletionStage<InvocationResult> invoke(String function, String payload) {
    URI uri = invocationUri(function);
    byte[] body = payload.getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(INVOCATION_TIMEOUT)
            .header("Content-Type", "application/json")
            .header("X-Amz-Invocation-Type", "RequestResponse")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    signer.ifPresent(keys -> keys.sign(request, "POST", uri, body, region(function)));
    return client
        .sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .handle((response, error) -> error == null ? result(response) : unreachable(error));
  }

  /** The region of a function ARN ({@code arn:aws:lambda:<region>:...}), else the default. */
  private String region(String function) {
    String[] parts = function.split(":", 5);
    return parts.length >= 4 && parts[0].equals("arn") && !parts[3].isEmpty()
        ? parts[3]
        : defaultRegion;
  }

  private URI invocationUri(String function) {
    String base = endpoint.toString().replaceAll("/+$", "");
    return URI.create(
        base
            + "/2015-03-31/functions/"
            + URLEncoder.encode(function, StandardCharsets.UTF_8).replace("+", "%20")
            + "/invocations");
  }

  private static InvocationResult result(HttpResponse<String> response) {
    String requestId = response.headers().firstValue("x-amzn-RequestId").orElse("");
    if (response.statusCode() / 100 == 2) {
      return response.headers().firstValue("X-Amz-Function-Error").isPresent()
          ? new InvocationResult.FunctionError(requestId, response.body(), "")
          : new InvocationResult.Returned(requestId, response.body(), "");
    }
    String errorType =
        response
            .headers()
            .firstValue("x-amzn-ErrorType")
            .map(type -> type.split(":", 2)[0])
            .orElse("ServiceException");
    return new InvocationResult.Rejected(
        requestId, errorType, response.statusCode(), LambdaTaskErrors.message(response.body()));
  }

  /** An endpoint that cannot be reached fails the task as Lambda's own outage would. */
  private static InvocationResult unreachable(Throwable error) {
    return new InvocationResult.Rejected(
        "", "ServiceException", 502, "The Lambda endpoint could not be reached: " + error);
  }
}
