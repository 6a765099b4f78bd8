package io.stepwise.server.lambda;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Lambda API request's operation, read from its method and REST path as the service model defines
 * them, with the FunctionName path parameter (URL-decoded: ARNs arrive as {@code %3A}).
 */
record LambdaRoute(Operation operation, String functionName) {

  enum Operation {
    CREATE_FUNCTION,
    LIST_FUNCTIONS,
    GET_FUNCTION,
    DELETE_FUNCTION,
    GET_FUNCTION_CONFIGURATION,
    UPDATE_FUNCTION_CONFIGURATION,
    UPDATE_FUNCTION_CODE,
    INVOKE,
    PUT_FUNCTION_CONCURRENCY,
    GET_FUNCTION_CONCURRENCY,
    DELETE_FUNCTION_CONCURRENCY
  }

  private static final Pattern FUNCTIONS = Pattern.compile("/2015-03-31/functions/?");
  private static final Pattern FUNCTION =
      Pattern.compile("/(2015-03-31|2017-10-31|2019-09-30)/functions/([^/]+)(/[a-z]+)?/?");

  static Optional<LambdaRoute> of(String method, String rawPath) {
    if (FUNCTIONS.matcher(rawPath).matches()) {
      return switch (method) {
        case "POST" -> Optional.of(new LambdaRoute(Operation.CREATE_FUNCTION, ""));
        case "GET" -> Optional.of(new LambdaRoute(Operation.LIST_FUNCTIONS, ""));
        default -> Optional.empty();
      };
    }
    Matcher matcher = FUNCTION.matcher(rawPath);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String name = URLDecoder.decode(matcher.group(2), StandardCharsets.UTF_8);
    String resource = matcher.group(1) + (matcher.group(3) == null ? "" : matcher.group(3));
    return operation(method, resource).map(operation -> new LambdaRoute(operation, name));
  }

  private static Optional<Operation> operation(String method, String resource) {
    return Optional.ofNullable(
        switch (method + " " + resource) {
          case "GET 2015-03-31" -> Operation.GET_FUNCTION;
          case "DELETE 2015-03-31" -> Operation.DELETE_FUNCTION;
          case "GET 2015-03-31/configuration" -> Operation.GET_FUNCTION_CONFIGURATION;
          case "PUT 2015-03-31/configuration" -> Operation.UPDATE_FUNCTION_CONFIGURATION;
          case "PUT 2015-03-31/code" -> Operation.UPDATE_FUNCTION_CODE;
          case "POST 2015-03-31/invocations" -> Operation.INVOKE;
          case "PUT 2017-10-31/concurrency" -> Operation.PUT_FUNCTION_CONCURRENCY;
          case "DELETE 2017-10-31/concurrency" -> Operation.DELETE_FUNCTION_CONCURRENCY;
          case "GET 2019-09-30/concurrency" -> Operation.GET_FUNCTION_CONCURRENCY;
          default -> null;
        });
  }
}
