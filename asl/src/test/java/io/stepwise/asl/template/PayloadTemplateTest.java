package io.stepwise.asl.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.asl.diagnostic.AslSyntaxException;
import io.stepwise.asl.jsonata.CompiledJsonata;
import io.stepwise.asl.model.QueryLanguage;
import org.junit.jupiter.api.Test;

class PayloadTemplateTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return MAPPER.readTree(text.replace('\'', '"'));
  }

  @Test
  void keepsLiteralSubtreesWhole() throws Exception {
    JsonNode source = json("{'a': {'b': [1, 2]}, 'c.$': '$.x'}");
    PayloadTemplate template = PayloadTemplate.compile(source, QueryLanguage.JSONPATH);
    TemplateNode.ObjectTemplate root = (TemplateNode.ObjectTemplate) template.root();
    assertThat(root.members().get(0).value()).isEqualTo(new TemplateNode.Constant(source.get("a")));
    assertThat(root.members().get(1).key()).isEqualTo("c");
    assertThat(root.members().get(1).value()).isInstanceOf(TemplateNode.PathValue.class);
    assertThat(template.isConstant()).isFalse();
  }

  @Test
  void recognizesIntrinsicCallsAndNestedDynamicMembers() throws Exception {
    JsonNode source = MAPPER.readTree("{\"list\": [{\"id.$\": \"States.Format('{}', $.x)\"}]}");
    TemplateNode root = PayloadTemplate.compile(source, QueryLanguage.JSONPATH).root();
    TemplateNode list = ((TemplateNode.ObjectTemplate) root).members().getFirst().value();
    TemplateNode element = ((TemplateNode.ArrayTemplate) list).elements().getFirst();
    TemplateNode.Member member = ((TemplateNode.ObjectTemplate) element).members().getFirst();
    assertThat(member.key()).isEqualTo("id");
    assertThat(member.value()).isInstanceOf(TemplateNode.IntrinsicValue.class);
    assertThat(((TemplateNode.IntrinsicValue) member.value()).field()).isEqualTo("id.$");
  }

  @Test
  void aTemplateWithoutDynamicPartsIsConstant() throws Exception {
    JsonNode source = json("{'a': '$.not_a_path', 'b': ['{% 1 %}']}");
    assertThat(PayloadTemplate.compile(source, QueryLanguage.JSONPATH).isConstant()).isTrue();
  }

  @Test
  void jsonataStringsBecomeExpressionsAndDollarKeysStayPlain() throws Exception {
    JsonNode source = json("{'result': '{% $states.input %}', 'k.$': 'text', 'n': [1, '{%2%}']}");
    TemplateNode.ObjectTemplate root =
        (TemplateNode.ObjectTemplate) PayloadTemplate.compile(source, QueryLanguage.JSONATA).root();
    assertThat(root.members().get(0).value())
        .isEqualTo(
            new TemplateNode.ExpressionValue("result", CompiledJsonata.compile("$states.input")));
    assertThat(root.members().get(1).key()).isEqualTo("k.$");
    TemplateNode.ArrayTemplate array = (TemplateNode.ArrayTemplate) root.members().get(2).value();
    assertThat(array.elements().get(1))
        .isEqualTo(new TemplateNode.ExpressionValue("n/1", CompiledJsonata.compile("2")));
  }

  @Test
  void reportsWhereAMalformedExpressionIs() throws Exception {
    JsonNode source = json("{'outer': {'list': [1, '{% 1 + %}']}}");
    assertThatThrownBy(() -> PayloadTemplate.compile(source, QueryLanguage.JSONATA))
        .isInstanceOfSatisfying(
            AslSyntaxException.class,
            e -> {
              assertThat(e.relativePointer()).isEqualTo("/outer/list/1");
              assertThat(e.getMessage()).isEqualTo("Unexpected end of expression");
            });
  }

  @Test
  void reportsWhereAMalformedPathIs() throws Exception {
    JsonNode source = json("{'outer': {'bad.$': '$.a['}}");
    assertThatThrownBy(() -> PayloadTemplate.compile(source, QueryLanguage.JSONPATH))
        .isInstanceOfSatisfying(
            AslSyntaxException.class,
            e -> {
              assertThat(e.relativePointer()).isEqualTo("/outer/bad.$");
              assertThat(e.getMessage()).contains("'bad.$'");
            });
    JsonNode notText = json("{'n.$': 5}");
    assertThatThrownBy(() -> PayloadTemplate.compile(notText, QueryLanguage.JSONPATH))
        .isInstanceOf(AslSyntaxException.class);
  }
}
