package io.stepwise.asl.validate;

import static io.stepwise.asl.validate.Definitions.check;
import static io.stepwise.asl.validate.Definitions.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.stepwise.asl.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorHandlingRulesTest {

  private static List<Diagnostic> withRetry(String retry) {
    return check(
        "{'StartAt':'T','States':{'T':{'Type':'Task','Resource':"
            + "'arn:aws:states:::lambda:invoke','End':true,'Retry':"
            + retry
            + "}}}");
  }

  private static List<Diagnostic> withCatch(String catchers) {
    return check(
        "{'StartAt':'T','States':{'T':{'Type':'Task','Resource':"
            + "'arn:aws:states:::lambda:invoke','End':true,'Catch':"
            + catchers
            + "},"
            + "'F':{'Type':'Fail'}}}");
  }

  @Test
  void aFullRetrierIsAccepted() {
    assertThat(
            withRetry(
                "[{'ErrorEquals':['States.Timeout','MyError'],'IntervalSeconds':2,"
                    + "'MaxAttempts':0,'BackoffRate':1.5,'MaxDelaySeconds':10,'JitterStrategy':'FULL',"
                    + "'Comment':'c'},{'ErrorEquals':['States.ALL']}]"))
        .isEmpty();
  }

  @Test
  void statesAllMustBeAloneInErrorEquals() {
    assertThat(withRetry("[{'ErrorEquals':['States.ALL','MyError']}]"))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .containsExactly(
            tuple(
                "/States/T/Retry/0/ErrorEquals",
                "'States.ALL' must appear alone in 'ErrorEquals'"));
  }

  @Test
  void statesAllMustBeInTheLastRetrierAndCatcher() {
    assertThat(withRetry("[{'ErrorEquals':['States.ALL']},{'ErrorEquals':['MyError']}]"))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .containsExactly(
            tuple(
                "/States/T/Retry/0",
                "A retrier whose 'ErrorEquals' holds 'States.ALL' must be the last in 'Retry'"));
    assertThat(
            withCatch(
                "[{'ErrorEquals':['States.ALL'],'Next':'F'},"
                    + "{'ErrorEquals':['E'],'Next':'F'}]"))
        .extracting(Diagnostic::pointer)
        .containsExactly("/States/T/Catch/0");
  }

  @Test
  void reservedNamesMustBePredefined() {
    assertThat(withRetry("[{'ErrorEquals':['States.TaskFailed','States.Nonsense']}]"))
        .extracting(Diagnostic::pointer)
        .containsExactly("/States/T/Retry/0/ErrorEquals/1");
  }

  @Test
  void theHttpTasksErrorsAreReservedNamesADefinitionMayUse() {
    assertThat(
            withRetry(
                "[{'ErrorEquals':['States.Http.Socket','States.Http.StatusCode.429',"
                    + "'States.Http.StatusCode.5xx','States.Http.StatusCode.4040']}]"))
        .extracting(Diagnostic::pointer)
        .containsExactly("/States/T/Retry/0/ErrorEquals/2", "/States/T/Retry/0/ErrorEquals/3");
  }

  @Test
  void numbersMustBeInRange() {
    assertThat(
            withRetry(
                "[{'ErrorEquals':['E'],'IntervalSeconds':0,'MaxAttempts':-1,"
                    + "'BackoffRate':0.5,'MaxDelaySeconds':0}]"))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .containsExactlyInAnyOrder(
            tuple(
                "/States/T/Retry/0/IntervalSeconds",
                "The value of 'IntervalSeconds' must be at least 1."),
            tuple(
                "/States/T/Retry/0/MaxAttempts", "The value of 'MaxAttempts' must be at least 0."),
            tuple(
                "/States/T/Retry/0/BackoffRate", "The value of 'BackoffRate' must be at least 1."),
            tuple(
                "/States/T/Retry/0/MaxDelaySeconds",
                "The value of 'MaxDelaySeconds' must be at least 1."));
  }

  @Test
  void fieldsHaveTheirTypes() {
    assertThat(
            withRetry(
                "[{'ErrorEquals':'E','MaxAttempts':'3','JitterStrategy':'HALF'," + "'Extra':1}]"))
        .extracting(Diagnostic::pointer)
        .containsExactlyInAnyOrder(
            "/States/T/Retry/0/ErrorEquals",
            "/States/T/Retry/0/MaxAttempts",
            "/States/T/Retry/0/JitterStrategy",
            "/States/T/Retry/0");
  }

  @Test
  void errorEqualsIsRequiredAndNotEmpty() {
    assertThat(withRetry("[{'MaxAttempts':1},{'ErrorEquals':[]}]"))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .containsExactly(
            tuple("/States/T/Retry/0", "These fields are required: [ErrorEquals]"),
            tuple("/States/T/Retry/1/ErrorEquals", "Value cannot be empty"));
  }

  @Test
  void aCatcherNeedsNext() {
    assertThat(withCatch("[{'ErrorEquals':['E']}]"))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .contains(tuple("/States/T/Catch/0", "These fields are required: [Next]"));
  }

  @Test
  void aCatcherResultPathIsJsonPathOnly() {
    String definition =
        "{'QueryLanguage':'JSONata','StartAt':'T','States':{'T':{'Type':'Task','Resource':"
            + "'arn:aws:states:::lambda:invoke','End':true,'Catch':[{'ErrorEquals':['E'],"
            + "'Next':'F','ResultPath':'$.e','Output':'{% 1 %}'}]},'F':{'Type':'Fail'}}}";
    assertThat(check(definition))
        .extracting(Diagnostic::pointer)
        .containsExactly("/States/T/Catch/0/ResultPath");
    assertThat(check(single("{'Type':'Pass','End':true,'Retry':[]}")))
        .extracting(Diagnostic::message)
        .containsExactly("The field 'Retry' is not supported by Step Functions");
  }
}
