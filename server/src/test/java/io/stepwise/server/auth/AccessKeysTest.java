package io.stepwise.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccessKeysTest {

  @Test
  void readsPairsFromLinesAndCommas() {
    AccessKeys keys =
        AccessKeys.parse("# local users\nAKIA1:secret/one\n\nAKIA2:two==,AKIA3:x:y\n");
    assertThat(keys.size()).isEqualTo(3);
    assertThat(keys.secret("AKIA1")).contains("secret/one");
    assertThat(keys.secret("AKIA3")).contains("x:y");
    assertThat(keys.secret("AKIA9")).isEmpty();
  }

  @Test
  void neverShowsSecrets() {
    AccessKeys keys = AccessKeys.parse("AKIA1:topsecret");
    assertThat(keys.toString()).contains("AKIA1").doesNotContain("topsecret");
    assertThatThrownBy(() -> AccessKeys.parse("AKIA1:ok\nbroken-topsecret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entry 2")
        .hasMessageNotContaining("topsecret");
  }

  @Test
  void refusesAnEmptyList() {
    assertThatThrownBy(() -> AccessKeys.parse("# nothing\n"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
