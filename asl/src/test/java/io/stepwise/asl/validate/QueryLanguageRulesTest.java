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

class QueryLanguageRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"InputPath", "OutputPath", "ResultPath", "Parameters", "ResultSelector"})
  void jsonPathFieldsAreErrorsInJsonataStates(String field) {
    String value = field.startsWith("Param") || field.startsWith("ResultS") ? "{}" : "'$'";
    String task =
        "{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','"
            + field
            + "':"
            + value
            + ",'End':true}";
    assertThat(check(jsonata(task)))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .containsExactly(
            tuple(
                "/States/S/" + field,
                "The field '" + field + "' is not supported when 'QueryLanguage' is 'JSONata'"));
  }

  @Test
  void itemsPathIsAnErrorInAJsonataMap() {
    String map =
        "{'Type':'Map','ItemsPath':'$.items','ItemProcessor':{'StartAt':'P','States':"
            + "{'P':{'Type':'Pass','End':true}}},'End':true}";
    assertThat(check(jsonata(map)))
        .extracting(Diagnostic::pointer)
        .containsExactly("/States/S/ItemsPath");
  }

  @Test
  void jsonataFieldsAreErrorsInJsonPathStates() {
    assertThat(check(single("{'Type':'Pass','Output':{},'End':true}")))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .containsExactly(
            tuple(
                "/States/S/Output",
                "The field 'Output' is only supported when 'QueryLanguage' is 'JSONata'"));
    assertThat(
            check(
                single(
                    "{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','Arguments':{},"
                        + "'End':true}")))
        .extracting(Diagnostic::pointer)
        .containsExactly("/States/S/Arguments");
  }

  @Test
  void aStateMayChooseJsonataInAJsonPathMachine() {
    assertThat(
            check(
                single(
                    "{'Type':'Pass','QueryLanguage':'JSONata','Output':'{% 1 %}',"
                        + "'End':true}")))
        .isEmpty();
  }

  @Test
  void aStateCannotGoBackToJsonPathInAJsonataMachine() {
    assertThat(check(jsonata("{'Type':'Pass','QueryLanguage':'JSONPath','End':true}")))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .containsExactly(
            tuple(
                "/States/S",
                "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state"
                    + " machine"));
  }

  @Test
  void anUnknownQueryLanguageIsRejected() {
    assertThat(
            check(
                "{'QueryLanguage':'XPath','StartAt':'S','States':{'S':{'Type':'Succeed',"
                    + "'QueryLanguage':'jq'}}}"))
        .extracting(Diagnostic::pointer)
        .containsExactlyInAnyOrder("/QueryLanguage", "/States/S/QueryLanguage");
  }

  @Test
  void jsonataExpressionsMayStandInForNumbersOnlyInJsonataStates() {
    String task =
        "{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','TimeoutSeconds':"
            + "'{% $t %}','End':true}";
    assertThat(check(jsonata(task))).isEmpty();
    assertThat(check(single(task)))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .containsExactly(
            tuple(
                "/States/S/TimeoutSeconds",
                "The field 'TimeoutSeconds' must be an integer, but it is a string"));
  }
}
