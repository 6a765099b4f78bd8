package io.stepwise.service.shape;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.service.api.ApiResult;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageTokensTest {

  @Test
  void readsBackTheCursorOfItsOwnListing() {
    String token = PageTokens.encode("stateMachines", "42");

    assertThat(PageTokens.decode("stateMachines", Optional.of(token)))
        .isEqualTo(ApiResult.ok(Optional.of("42")));
    assertThat(PageTokens.decode("stateMachines", Optional.empty()))
        .isEqualTo(ApiResult.ok(Optional.empty()));
  }

  @Test
  void refusesTokensOfOtherListingsAndForgedOnes() {
    String activities = PageTokens.encode("activities", "42");
    String notASequence = PageTokens.encode("stateMachines", "4x");

    for (String token : new String[] {activities, notASequence, "InvalidToken", "%%%"}) {
      assertThat(PageTokens.decode("stateMachines", Optional.of(token)))
          .as(token)
          .isEqualTo(Errors.invalidToken().asResult());
    }
    assertThat(Errors.invalidToken().message()).isEqualTo("Invalid Token: 'Invalid token'");
  }
}
