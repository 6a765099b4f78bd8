package io.stepwise.asl.validate;

import static io.stepwise.asl.validate.Definitions.check;
import static io.stepwise.asl.validate.Definitions.jsonata;
import static io.stepwise.asl.validate.Definitions.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.stepwise.asl.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WaitRulesTest {

  @Test
  void aWaitNeedsExactlyOneDuration() {
    assertThat(check(single("{'Type':'Wait','End':true}")))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .containsExactly(
            tuple(
                "/States/S",
                "A Wait state must have exactly one of the fields [Seconds, Timestamp,"
                    + " SecondsPath, TimestampPath], but it has []"));
    assertThat(check(single("{'Type':'Wait','Seconds':1,'SecondsPath':'$.s','End':true}")))
        .extracting(Diagnostic::pointer)
        .containsExactly("/States/S");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2016-13-05T21:29:29Z",
        "05-12-2016T21:29:29Z",
        "2016-12-05T25:29:29Z",
        "2016-12-05 21:29:29Z",
        "2016-12-05T21:29:29"
      })
  void aLiteralTimestampMustBeRfc3339(String timestamp) {
    assertThat(check(single("{'Type':'Wait','Timestamp':'" + timestamp + "','End':true}")))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .containsExactly(tuple("/States/S/Timestamp", "String does not match RFC3339 timestamp"));
  }

  @Test
  void validTimestampsAreAccepted() {
    assertThat(
            check(
                single(
                    "{'Type':'Wait','Timestamp':'2016-03-14T01:59:00.123+02:00'," + "'End':true}")))
        .isEmpty();
  }

  @Test
  void anExpressionIsATimestampOnlyInJsonata() {
    String wait = "{'Type':'Wait','Timestamp':'{% $now() %}','End':true}";
    assertThat(check(jsonata(wait))).isEmpty();
    assertThat(check(single(wait)))
        .extracting(Diagnostic::pointer)
        .containsExactly("/States/S/Timestamp");
  }
}
