package io.stepwise.asl.validate;

import static io.stepwise.asl.validate.Definitions.check;
import static io.stepwise.asl.validate.Definitions.jsonata;
import static io.stepwise.asl.validate.Definitions.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.stepwise.asl.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

class NumberRulesTest {
  private static final String PROCESSOR =
      "'ItemProcessor':{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}";

  @Test
  void taskTimeoutsMustBePositiveAndHeartbeatShorter() {
    assertThat(
            check(
                single(
                    "{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke',"
                        + "'TimeoutSeconds':0,'End':true}")))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .containsExactly(
            tuple("/States/S/TimeoutSeconds", "The value of 'TimeoutSeconds' must be at least 1."));
    assertThat(
            check(
                single(
                    "{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke',"
                        + "'TimeoutSeconds':10,'HeartbeatSeconds':10,'End':true}")))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .containsExactly(
            tuple(
                "/States/S/HeartbeatSeconds",
                "The value of 'HeartbeatSeconds' must be less than the value of 'TimeoutSeconds'."));
  }

  @Test
  void mapLimitsAreChecked() {
    assertThat(
            check(
                single(
                    "{'Type':'Map','MaxConcurrency':-1,'ToleratedFailurePercentage':101,"
                        + "'ToleratedFailureCount':-2,"
                        + PROCESSOR
                        + ",'End':true}")))
        .extracting(Diagnostic::pointer)
        .containsExactlyInAnyOrder(
            "/States/S/MaxConcurrency",
            "/States/S/ToleratedFailurePercentage",
            "/States/S/ToleratedFailureCount");
  }

  @Test
  void boundsThemselvesAreAllowed() {
    assertThat(
            check(
                single(
                    "{'Type':'Map','MaxConcurrency':0,'ToleratedFailurePercentage':100,"
                        + "'ToleratedFailureCount':0,"
                        + PROCESSOR
                        + ",'End':true}")))
        .isEmpty();
    assertThat(check(single("{'Type':'Wait','Seconds':0,'End':true}"))).isEmpty();
  }

  @Test
  void waitSecondsMustNotBeNegative() {
    assertThat(check(single("{'Type':'Wait','Seconds':-1,'End':true}")))
        .extracting(Diagnostic::pointer)
        .containsExactly("/States/S/Seconds");
  }

  @Test
  void expressionsAreLeftToRunTime() {
    assertThat(
            check(
                jsonata("{'Type':'Map','MaxConcurrency':'{% -1 %}'," + PROCESSOR + ",'End':true}")))
        .isEmpty();
  }
}
