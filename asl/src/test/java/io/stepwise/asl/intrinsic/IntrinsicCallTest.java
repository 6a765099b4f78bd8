package io.stepwise.asl.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.stepwise.asl.diagnostic.AslSyntaxException;
import io.stepwise.asl.path.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntrinsicCallTest {

  @Test
  void parsesEveryArgumentKind() throws AslSyntaxException {
    IntrinsicCall call =
        IntrinsicCall.parse(
            "States.Array('a', -1, 2.5, true, null, $.x[0], $$.Execution.Id," + " States.UUID())");
    assertThat(call.function()).isEqualTo(IntrinsicFunction.ARRAY);
    List<IntrinsicArgument> arguments = call.arguments();
    assertThat(arguments).hasSize(8);
    assertThat(((IntrinsicArgument.Text) arguments.get(0)).value())
        .isEqualTo(TextNode.valueOf("a"));
    assertThat(arguments.get(1)).isEqualTo(new IntrinsicArgument.Literal(IntNode.valueOf(-1)));
    assertThat(((IntrinsicArgument.Literal) arguments.get(2)).value().doubleValue()).isEqualTo(2.5);
    assertThat(arguments.get(3)).isEqualTo(new IntrinsicArgument.Literal(BooleanNode.TRUE));
    assertThat(arguments.get(4)).isEqualTo(new IntrinsicArgument.Literal(NullNode.instance));
    assertThat(arguments.get(5)).isEqualTo(new IntrinsicArgument.Path(JsonPath.parse("$.x[0]")));
    assertThat(((IntrinsicArgument.Path) arguments.get(6)).path().root())
        .isEqualTo(JsonPath.Root.CONTEXT);
    assertThat(((IntrinsicArgument.Call) arguments.get(7)).call().function())
        .isEqualTo(IntrinsicFunction.UUID);
  }

  @Test
  void resolvesAwsEscapesAndKeepsEscapedBracesOutOfTheTemplate() throws AslSyntaxException {
    IntrinsicCall call = IntrinsicCall.parse("States.Format('it\\'s \\{\\} {} \\\\ {}', 1, 2)");
    IntrinsicArgument.Text text = (IntrinsicArgument.Text) call.arguments().getFirst();
    assertThat(text.value().textValue()).isEqualTo("it's {} {} \\ {}");
    assertThat(text.template().parts()).containsExactly("it's {} ", " \\ ", "");
  }

  @Test
  void aPathArgumentMayHoldAFilterWithCommas() throws AslSyntaxException {
    IntrinsicCall call =
        IntrinsicCall.parse("States.ArrayLength($.a[?(@.b == 'x,y' && @.c[0] > 1)])");
    assertThat(call.arguments()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "States.Nope(1)",
        "States.UUID(1)",
        "States.ArrayRange(1, 2)",
        "States.MathRandom(1)",
        "States.JsonMerge($.a, $.b)",
        "States.Format()",
        "States.Format('{} {}', 1)",
        "States.Array(1,)",
        "States.Array('open)",
        "States.Array(1) trailing",
        "States.Array(abc)",
        "States.Array($.a b)",
      })
  void rejectsMalformedCallsAndWrongArity(String text) {
    assertThatThrownBy(() -> IntrinsicCall.parse(text)).isInstanceOf(AslSyntaxException.class);
  }
}
