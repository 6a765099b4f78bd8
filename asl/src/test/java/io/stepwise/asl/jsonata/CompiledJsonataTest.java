package io.stepwise.asl.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.asl.diagnostic.AslSyntaxException;
import io.stepwise.asl.model.ChoiceRule;
import io.stepwise.asl.model.ValueSource;
import org.junit.jupiter.api.Test;

class CompiledJsonataTest {

  @Test
  void compilesOnceAndKeepsTheText() throws Exception {
    CompiledJsonata compiled = CompiledJsonata.compile("$states.input.a + 1");
    assertThat(compiled.text()).isEqualTo("$states.input.a + 1");
    assertThat(compiled.expression()).isNotNull();
    assertThat(compiled.syntaxError()).isNull();
  }

  @Test
  void syntaxErrorsCarryTheReferenceParsersMessage() {
    assertSyntaxError("1 +", "Unexpected end of expression");
    assertSyntaxError("a[1,2)", "Expected \"]\", got \",\"");
    assertSyntaxError("\"unterminated", "String literal must be terminated by a matching quote");
    assertSyntaxError("{\"a\":}", "The symbol \"}\" cannot be used as a unary operator");
    assertSyntaxError("foo(", "Expected \")\" before end of expression");
  }

  private static void assertSyntaxError(String expression, String message) {
    assertThatThrownBy(() -> CompiledJsonata.compile(expression))
        .isInstanceOf(AslSyntaxException.class)
        .hasMessage(message);
    assertThat(CompiledJsonata.parse(expression).syntaxError()).isEqualTo(message);
  }

  @Test
  void findsTheVariablesAnExpressionNames() throws Exception {
    CompiledJsonata compiled =
        CompiledJsonata.compile(
            "$sum($states.input.list) + $limit /* $commented */ & '$quoted' & \"$too\""
                + " & `$name` & $user.id");
    assertThat(compiled.variableNames())
        .containsExactlyInAnyOrder("sum", "states", "limit", "user");
  }

  @Test
  void holdersAreEqualWhenTheirTextsAre() throws Exception {
    assertThat(CompiledJsonata.compile("1 + 2")).isEqualTo(CompiledJsonata.parse("1 + 2"));
    assertThat(CompiledJsonata.compile("1 + 2")).isNotEqualTo(CompiledJsonata.compile("1+2"));
    assertThat(new ValueSource.Expression("$x").compiled().text()).isEqualTo("$x");
    assertThat(new ChoiceRule.Condition("$x = 1"))
        .isEqualTo(new ChoiceRule.Condition("$x = 1", CompiledJsonata.compile("$x = 1")));
    assertThat(new ChoiceRule.Condition("1 +").compiled().syntaxError())
        .isEqualTo("Unexpected end of expression");
  }
}
