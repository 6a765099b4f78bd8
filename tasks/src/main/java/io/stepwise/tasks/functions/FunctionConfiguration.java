package io.stepwise.tasks.functions;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A local Lambda function: what CreateFunction and UpdateFunctionConfiguration describe.
 *
 * @param name the function name
 * @param region the region of its ARN
 * @param account the account of its ARN
 * @param runtime the Lambda runtime identifier, e.g. {@code python3.12}
 * @param handler the handler, e.g. {@code app.handler} (ignored by {@code provided.*} runtimes)
 * @param codeDirectory the directory that holds the code (Lambda's {@code LAMBDA_TASK_ROOT})
 * @param environment the function's environment variables
 * @param timeoutSeconds how long one invocation may run before its worker is killed
 * @param memorySize the memory size in MB, reported to the function (not enforced)
 * @param reservedConcurrency at most this many invocations at once, when set
 */
public record FunctionConfiguration(
    String name,
    String region,
    String account,
    String runtime,
    String handler,
    Path codeDirectory,
    Map<String, String> environment,
    int timeoutSeconds,
    int memorySize,
    OptionalInt reservedConcurrency) {

  public static final int DEFAULT_TIMEOUT_SECONDS = 3;
  public static final int DEFAULT_MEMORY_SIZE = 128;

  public FunctionConfiguration {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(codeDirectory, "codeDirectory");
    environment = Map.copyOf(environment);
  }

  /** A function with Lambda's defaults: 3 seconds, 128 MB, no reserved concurrency. */
  public static FunctionConfiguration of(
      String name, String region, String account, String runtime, String handler, Path code) {
    return new FunctionConfiguration(
        name,
        region,
        account,
        runtime,
        handler,
        code,
        Map.of(),
        DEFAULT_TIMEOUT_SECONDS,
        DEFAULT_MEMORY_SIZE,
        OptionalInt.empty());
  }

  /** {@code arn:aws:lambda:<region>:<account>:function:<name>}. */
  public String arn() {
    return "arn:aws:lambda:" + region + ":" + account + ":function:" + name;
  }

  public FunctionConfiguration withEnvironment(Map<String, String> variables) {
    return new FunctionConfiguration(
        name,
        region,
        account,
        runtime,
        handler,
        codeDirectory,
        variables,
        timeoutSeconds,
        memorySize,
        reservedConcurrency);
  }

  public FunctionConfiguration withTimeoutSeconds(int seconds) {
    return new FunctionConfiguration(
        name,
        region,
        account,
        runtime,
        handler,
        codeDirectory,
        environment,
        seconds,
        memorySize,
        reservedConcurrency);
  }

  public FunctionConfiguration withMemorySize(int megabytes) {
    return new FunctionConfiguration(
        name,
        region,
        account,
        runtime,
        handler,
        codeDirectory,
        environment,
        timeoutSeconds,
        megabytes,
        reservedConcurrency);
  }

  public FunctionConfiguration withReservedConcurrency(int limit) {
    return new FunctionConfiguration(
        name,
        region,
        account,
        runtime,
        handler,
        codeDirectory,
        environment,
        timeoutSeconds,
        memorySize,
        OptionalInt.of(limit));
  }
}
