package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigTest {
  @TempDir Path dir;

  @Test
  void defaultsToTheLocalRunnersAccountRegionAndAddress() {
    ServerConfig config = ServerConfig.fromEnvironment(Map.of());
    assertThat(config.host()).isEqualTo("127.0.0.1");
    assertThat(config.port()).isEqualTo(8083);
    assertThat(config.accountId()).isEqualTo("123456789012");
    assertThat(config.defaultRegion()).isEqualTo("us-east-1");
    assertThat(config.accessKeys()).isEmpty();
  }

  @Test
  void readsAccountRegionAndCredentialsFromTheEnvironment() {
    ServerConfig config =
        ServerConfig.fromEnvironment(
            Map.of(
                "AWS_ACCOUNT_ID", "111122223333",
                "AWS_DEFAULT_REGION", "ap-south-1",
                "STEPWISE_CREDENTIALS", "AKID1:one,AKID2:two"));
    assertThat(config.accountId()).isEqualTo("111122223333");
    assertThat(config.defaultRegion()).isEqualTo("ap-south-1");
    assertThat(config.accessKeys())
        .hasValueSatisfying(keys -> assertThat(keys.size()).isEqualTo(2));
  }

  @Test
  void ignoresBlankVariables() {
    ServerConfig config = ServerConfig.fromEnvironment(Map.of("AWS_DEFAULT_REGION", " "));
    assertThat(config.defaultRegion()).isEqualTo("us-east-1");
  }

  @Test
  void readsTheMockConfigurationNamedBySfnMockConfig() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("MockConfigFile.json"),
            """
            {"StateMachines":{"M":{"TestCases":{"HappyPath":{"S":"R"}}}},
             "MockedResponses":{"R":{"0":{"Return":{}}}}}""");

    ServerConfig config = ServerConfig.fromEnvironment(Map.of("SFN_MOCK_CONFIG", file.toString()));

    assertThat(config.mocks().testCase("M", "HappyPath")).isPresent();
    assertThat(ServerConfig.fromEnvironment(Map.of()).mocks().testCases()).isEmpty();
  }

  @Test
  void anInvalidMockConfigurationNamesEachProblemAtItsPointer() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("bad.json"),
            """
            {"StateMachines":{"M":{"TestCases":{"T":{"S":"Missing"}}}},"MockedResponses":{}}""");

    assertThatThrownBy(
            () -> ServerConfig.fromEnvironment(Map.of("SFN_MOCK_CONFIG", file.toString())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining(
            "/StateMachines/M/TestCases/T/S: no mocked response is named 'Missing'");
  }
}
