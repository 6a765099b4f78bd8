package io.stepwise.service.arn;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ApiResult;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArnParserTest {

  private static final ArnScope SCOPE = ArnScope.of("eu-west-1", "123456789012");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "arn:aws:states:eu-west-1:123456789012:stateMachine:Hello",
        "arn:aws:states:eu-west-1:123456789012:stateMachine:Hello:12",
        "arn:aws:states:eu-west-1:123456789012:stateMachine:Hello:PROD",
        "arn:aws:states:eu-west-1:123456789012:execution:Hello:run-1",
        "arn:aws:states:eu-west-1:123456789012:express:Hello:run-1:0b1c2d3e-aaaa-bbbb-cccc-123456789abc",
        "arn:aws:states:eu-west-1:123456789012:activity:Approve",
        "arn:aws:states:eu-west-1:123456789012:mapRun:Hello/ProcessItems:2f6bd1a8-0000-4000-8000-000000000000",
      })
  void parsesEveryKindAndRendersItBack(String text) {
    assertThat(ok(ArnParser.parse(text)).toString()).isEqualTo(text);
  }

  @Test
  void readsTheParts() {
    assertThat(ok(ArnParser.parse("arn:aws:states:eu-west-1:123456789012:stateMachine:Hello:12")))
        .isEqualTo(new StateMachineVersionArn(SCOPE, "Hello", 12));
    assertThat(ok(ArnParser.parse("arn:aws:states:eu-west-1:123456789012:stateMachine:Hello:v2")))
        .isEqualTo(new StateMachineAliasArn(SCOPE, "Hello", "v2"));
    assertThat(ok(ArnParser.parse("arn:aws:states:eu-west-1:123456789012:mapRun:M/L:u")))
        .isEqualTo(new MapRunArn(SCOPE, "M", "L", "u"));
    assertThat(ok(ArnParser.parse("arn:aws:states:eu-west-1:123456789012:execution:M:e")))
        .isEqualTo(new StateMachineArn(SCOPE, "M").execution("e"));
  }

  @Test
  void rejectsWhatIsNotAStatesArnWithAwsMessage() {
    // The message recorded from AWS for DescribeStateMachine('not_a_valid_arn').
    assertThat(error(ArnParser.parse("not_a_valid_arn")))
        .isEqualTo(ApiError.of("InvalidArn", "Invalid Arn: 'Invalid ARN prefix: not_a_valid_arn'"));
    assertThat(error(ArnParser.parse("arn:aws:lambda:eu-west-1:123456789012:function:f")).message())
        .startsWith("Invalid Arn: 'Invalid ARN prefix: ");
  }

  @Test
  void rejectsAResourceOfAnotherKindThanTheOperationTakes() {
    String execution = "arn:aws:states:eu-west-1:123456789012:execution:M:e";
    assertThat(error(ArnParser.parse(execution, StateMachineArn.class)).message())
        .isEqualTo("Invalid Arn: 'Resource type not valid in this context: execution'");
    assertThat(error(ArnParser.parse(execution, Set.of(ArnType.ACTIVITY))).type())
        .isEqualTo("InvalidArn");
    assertThat(ArnParser.parse(execution, Set.of(ArnType.EXECUTION, ArnType.EXPRESS_EXECUTION)))
        .isInstanceOf(ApiResult.Ok.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "arn:aws:states:eu-west-1:123456789012:stateMachine:",
        "arn:aws:states:eu-west-1:123456789012:stateMachine:a:b:c",
        "arn:aws:states:eu-west-1:123456789012:execution:M",
        "arn:aws:states:eu-west-1:123456789012:mapRun:M:u",
        "arn:aws:states:eu-west-1:123456789012:mapRun:M/:u",
        "arn:aws:states:eu-west-1:123456789012:stateMachine:M:99999999999999999999",
        "arn:aws:states:eu-west-1:123456789012:widget:w",
      })
  void rejectsMalformedResources(String text) {
    assertThat(error(ArnParser.parse(text)).type()).isEqualTo("InvalidArn");
  }

  private static <T> T ok(ApiResult<T> result) {
    assertThat(result).isInstanceOf(ApiResult.Ok.class);
    return ((ApiResult.Ok<T>) result).value();
  }

  private static ApiError error(ApiResult<?> result) {
    assertThat(result).isInstanceOf(ApiResult.Err.class);
    return ((ApiResult.Err<?>) result).error();
  }
}
