package io.stepwise.service.lambda;

import java.util.Optional;

/**
 * One call of Invoke.
 *
 * @param functionName the FunctionName path parameter (a name, partial or full ARN)
 * @param qualifier the Qualifier query parameter, when given
 * @param type the X-Amz-Invocation-Type header: RequestResponse (the default), Event or DryRun
 * @param payload the request body, JSON text
 */
public record InvokeRequest(
    String functionName, Optional<String> qualifier, String type, String payload) {}
