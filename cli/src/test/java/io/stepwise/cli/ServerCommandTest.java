package io.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ways {@code stepwise server} refuses to start. (A running server only stops on a signal; the
 * API it serves is tested in the server module, and by hand with the AWS CLI.)
 */
class ServerCommandTest {

  @TempDir Path dir;

  @Test
  void refusesAPortInUse() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CommandLineRun run =
          CommandLineRun.of(
              "server",
              "--port",
              Integer.toString(taken.getLocalPort()),
              "--data",
              dir.resolve("data").toString());

      assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_STARTED);
      assertThat(run.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void refusesAMissingCredentialsFile() {
    CommandLineRun run =
        CommandLineRun.of("server", "--credentials", dir.resolve("none").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(run.err()).contains("no such file");
  }

  @Test
  void refusesAMalformedCredentialsFileWithoutPrintingIt() throws IOException {
    Path credentials = Files.writeString(dir.resolve("credentials"), "AKIDONLY-no-secret\n");

    CommandLineRun run = CommandLineRun.of("server", "--credentials", credentials.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_STARTED);
    assertThat(run.err()).contains("bad credentials file").doesNotContain("AKIDONLY");
  }

  @Test
  void refusesAMockConfigurationWithProblems() throws IOException {
    Path mocks =
        Files.writeString(
            dir.resolve("MockConfigFile.json"),
            "{\"StateMachines\":{\"M\":{\"TestCases\":{\"T\":{\"S\":\"Nope\"}}}}}");

    CommandLineRun run = CommandLineRun.of("server", "--mock-config", mocks.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_STARTED);
    assertThat(run.err())
        .contains("bad configuration: the mock configuration " + mocks)
        .contains("/StateMachines/M/TestCases/T/S: no mocked response is named 'Nope'");
  }

  @Test
  void refusesAMissingMockConfiguration() {
    CommandLineRun run =
        CommandLineRun.of("server", "--mock-config", dir.resolve("none.json").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(run.err()).contains("Expected to read the mock configuration");
  }

  @Test
  void describesItsOptions() {
    CommandLineRun run = CommandLineRun.of("server", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--port", "--bind", "--data", "--credentials");
  }
}
