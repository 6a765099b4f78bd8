package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerConfigTest {

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
}
