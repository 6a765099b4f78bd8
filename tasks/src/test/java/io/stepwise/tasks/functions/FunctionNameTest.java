package io.stepwise.tasks.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FunctionNameTest {

  @Test
  void readsEveryFormLambdaAccepts() {
    assertThat(FunctionName.parse("orders"))
        .isEqualTo(new FunctionName("orders", Optional.empty()));
    assertThat(FunctionName.parse("orders:prod"))
        .isEqualTo(new FunctionName("orders", Optional.of("prod")));
    assertThat(FunctionName.parse("123456789012:function:orders"))
        .isEqualTo(new FunctionName("orders", Optional.empty()));
    assertThat(FunctionName.parse("arn:aws:lambda:eu-west-1:123456789012:function:orders"))
        .isEqualTo(new FunctionName("orders", Optional.empty()));
    assertThat(FunctionName.parse("arn:aws:lambda:eu-west-1:123456789012:function:orders:$LATEST"))
        .isEqualTo(new FunctionName("orders", Optional.of("$LATEST")));
  }

  @Test
  void theArnOfAFunctionNamesItsRegionAndAccount() {
    FunctionConfiguration function =
        FunctionConfiguration.of(
            "ProcessOrderLambda",
            "eu-west-1",
            "123456789012",
            "python3.12",
            "app.handler",
            java.nio.file.Path.of("."));

    assertThat(function.arn())
        .isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:ProcessOrderLambda");
    assertThat(function.timeoutSeconds()).isEqualTo(3);
    assertThat(function.memorySize()).isEqualTo(128);
  }

  @Test
  void runtimeIdentifiersBelongToTheirFamily() {
    assertThat(FunctionRuntime.of("python3.12")).contains(FunctionRuntime.PYTHON);
    assertThat(FunctionRuntime.of("nodejs20.x")).contains(FunctionRuntime.NODEJS);
    assertThat(FunctionRuntime.of("java21")).contains(FunctionRuntime.JAVA);
    assertThat(FunctionRuntime.of("provided.al2023")).contains(FunctionRuntime.PROVIDED);
    assertThat(FunctionRuntime.of("ruby3.3")).isEmpty();
  }
}
