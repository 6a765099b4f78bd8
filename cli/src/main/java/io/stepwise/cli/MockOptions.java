package io.stepwise.cli;

import io.stepwise.runtime.mocks.MockConfig;
import io.stepwise.runtime.mocks.MockConfigParser;
import io.stepwise.runtime.mocks.TestCase;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options of {@code run} that answer Task states from a test case of a mock configuration file
 * (Step Functions Local's {@code MockConfigFile.json}), as an execution started on {@code
 * <stateMachineArn>#<TestCase>} does on the server.
 */
final class MockOptions {

  @Option(
      names = "--mock-config",
      paramLabel = "FILE",
      description = {
        "A mock configuration file (Step Functions Local's MockConfigFile.json format);",
        "needs --test-case."
      })
  private Path mockConfig;

  @Option(
      names = "--test-case",
      paramLabel = "NAME",
      description = {
        "The test case of --mock-config whose mocked responses answer the Task states it names;",
        "it is looked up under the state machine's name (see --state-machine-name)."
      })
  private String testCase;

  /** The test case to run with, none, or why there is none. */
  sealed interface Resolved {
    record None() implements Resolved {}

    record Found(TestCase testCase) implements Resolved {}

    record Problem(String message, int exitCode) implements Resolved {}
  }

  /** The test case named on the command line for the state machine {@code machineName}. */
  Resolved resolve(String machineName) {
    if (mockConfig == null && testCase == null) {
      return new Resolved.None();
    }
    if (mockConfig == null || testCase == null) {
      return new Resolved.Problem(
          "--mock-config and --test-case go together: give both or neither", ExitCodes.NOT_STARTED);
    }
    MockConfig config;
    try {
      config = MockConfigParser.load(mockConfig);
    } catch (UncheckedIOException unreadable) {
      return new Resolved.Problem(
          unreadable.getMessage() + ": " + unreadable.getCause().getMessage(),
          ExitCodes.UNREADABLE);
    } catch (IllegalArgumentException invalid) {
      return new Resolved.Problem(invalid.getMessage(), ExitCodes.NOT_STARTED);
    }
    return config
        .testCase(machineName, testCase)
        .<Resolved>map(Resolved.Found::new)
        .orElseGet(
            () ->
                new Resolved.Problem(
                    "test case '"
                        + testCase
                        + "' is not defined for state machine '"
                        + machineName
                        + "' in "
                        + mockConfig,
                    ExitCodes.NOT_STARTED));
  }
}
