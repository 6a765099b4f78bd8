package io.stepwise.asl.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

class ExpressionsTest {

  @Test
  void anExpressionIsAStringWhollyInsideTheDelimiters() {
    assertThat(Expressions.isExpression(TextNode.valueOf("{% $x + 1 %}"))).isTrue();
    assertThat(Expressions.isExpression(TextNode.valueOf("{%%}"))).isTrue();
    assertThat(Expressions.isExpression(TextNode.valueOf(" {% $x %}"))).isFalse();
    assertThat(Expressions.isExpression(TextNode.valueOf("{% $x"))).isFalse();
    assertThat(Expressions.isExpression(TextNode.valueOf("{%}"))).isFalse();
    assertThat(Expressions.isExpression(IntNode.valueOf(1))).isFalse();
    assertThat(Expressions.isExpression((JsonNode) null)).isFalse();
  }

  @Test
  void theBodyLeavesOutTheDelimitersAndSurroundingSpace() {
    assertThat(Expressions.body("{%  $states.input.a  %}")).isEqualTo("$states.input.a");
    assertThat(Expressions.body("{%%}")).isEmpty();
  }
}
