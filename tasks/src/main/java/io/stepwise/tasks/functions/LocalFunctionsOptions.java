package io.stepwise.tasks.functions;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@link LocalFunctions} runs functions.
 *
 * @param region the region of ARNs named in errors about unknown functions
 * @param account the account of those ARNs
 * @param workDirectory where the runtime clients (and later, extracted code) are written
 * @param unreservedConcurrency the concurrency limit of functions without reserved concurrency
 *     (AWS's default account limit)
 * @param initTimeout how long a new worker may take to reach {@code /next}, besides the timeout
 * @param searchPath where python3 and node are looked for (the PATH)
 */
public record LocalFunctionsOptions(
    String region,
    String account,
    Path workDirectory,
    int unreservedConcurrency,
    Duration initTimeout,
    String searchPath) {

  /** us-east-1, account 123456789012, a temporary directory, the machine's PATH. */
  public static LocalFunctionsOptions defaults() {
    return new LocalFunctionsOptions(
        "us-east-1",
        "123456789012",
        Path.of(
            System.getProperty("java.io.tmpdir"),
            "stepwise-functions-" + ProcessHandle.current().pid()),
        1000,
        Duration.ofSeconds(10),
        System.getenv().getOrDefault("PATH", ""));
  }

  public LocalFunctionsOptions withSearchPath(String path) {
    return new LocalFunctionsOptions(
        region, account, workDirectory, unreservedConcurrency, initTimeout, path);
  }

  public LocalFunctionsOptions withWorkDirectory(Path directory) {
    return new LocalFunctionsOptions(
        region, account, directory, unreservedConcurrency, initTimeout, searchPath);
  }
}
