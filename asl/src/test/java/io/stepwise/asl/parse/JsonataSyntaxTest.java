package io.stepwise.asl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.stepwise.asl.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JSONata expressions are parsed with their definition, so a syntax error is an InvalidDefinition
 * with AWS's code at the expression's location, wherever the expression stands.
 */
class JsonataSyntaxTest {

  @Test
  void anExpressionInsideATemplateIsReportedAtItsMember() {
    String pass = "{'Type':'Pass','Output':{'v':'{% $states.input.( %}'},'End':true}";
    assertThat(check(jsonata(pass)))
        .singleElement()
        .satisfies(
            diagnostic -> {
              assertThat(diagnostic.code()).isEqualTo("INVALID_JSONATA_EXPRESSION");
              assertThat(diagnostic.pointer()).isEqualTo("/States/S/Output/v");
            });
  }

  @Test
  void aSingleValueExpressionIsReportedAtItsField() {
    String wait = "{'Type':'Wait','Seconds':'{% 1 + %}','End':true}";
    assertThat(check(jsonata(wait)))
        .extracting(Diagnostic::code, Diagnostic::pointer)
        .containsExactly(tuple("INVALID_JSONATA_EXPRESSION", "/States/S/Seconds"));
  }

  @Test
  void aChoiceConditionIsReportedAtTheCondition() {
    String choice =
        "{'Type':'Choice','Choices':[{'Condition':'{% $states.input.x = %}','Next':'S'}],"
            + "'Default':'S'}";
    assertThat(check(jsonata(choice)))
        .extracting(Diagnostic::code, Diagnostic::pointer)
        .contains(tuple("INVALID_JSONATA_EXPRESSION", "/States/S/Choices/0/Condition"));
  }

  @Test
  void wellFormedExpressionsAreAccepted() {
    String wait = "{'Type':'Wait','Seconds':'{% $states.input.delay %}','End':true}";
    assertThat(check(jsonata(wait))).isEmpty();
  }

  /** The diagnostics of a JSONata machine whose only state, S, is {@code state} (' for "). */
  private static List<Diagnostic> check(String machine) {
    return DefinitionParser.parse(machine.replace('\'', '"')).diagnostics();
  }

  private static String jsonata(String state) {
    return "{'QueryLanguage':'JSONata','StartAt':'S','States':{'S':" + state + "}}";
  }
}
