package io.stepwise.service.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RandomUuidsTest {

  @Test
  void givesVersionFourUuidsOfTheIetfVariant() {
    UUID uuid = UUID.fromString(RandomUuids.next());

    assertThat(uuid.version()).isEqualTo(4);
    assertThat(uuid.variant()).isEqualTo(2);
  }

  @Test
  void neverRepeatsItselfInAMillionDraws() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1_000_000; i++) {
      seen.add(RandomUuids.next());
    }

    assertThat(seen).hasSize(1_000_000);
  }
}
