package io.stepwise.service.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiResultTest {

  private static final ApiError NOT_FOUND = ApiError.of("ActivityDoesNotExist", "gone");

  @Test
  void chainsSuccessesAndStopsAtTheFirstError() {
    ApiResult<Integer> length = ApiResult.ok("abc").map(String::length);
    assertThat(length).isEqualTo(new ApiResult.Ok<>(3));
    ApiResult<Integer> failed =
        ApiResult.ok("abc").<Integer>then(text -> NOT_FOUND.asResult()).map(n -> n + 1);
    assertThat(failed).isEqualTo(new ApiResult.Err<Integer>(NOT_FOUND));
  }

  @Test
  void carriesTheValidationReason() {
    ApiError error = ApiError.validation("bad alias", "INVALID_ROUTING_CONFIGURATION");
    assertThat(error.type()).isEqualTo("ValidationException");
    assertThat(error.fields()).containsEntry("reason", "INVALID_ROUTING_CONFIGURATION");
  }

  @Test
  void registersOneHandlerPerOperation() {
    ApiOperation echo = (context, input) -> ApiResult.ok(input);
    OperationRegistry registry = OperationRegistry.builder().register("TestState", echo).build();
    assertThat(registry.find("TestState")).contains(echo);
    assertThat(registry.find("StartExecution")).isEmpty();
    assertThatThrownBy(
            () ->
                OperationRegistry.builder().register("TestState", echo).register("TestState", echo))
        .isInstanceOf(IllegalStateException.class);
  }
}
