package io.stepwise.dataflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.intrinsic.IntrinsicCall;
import io.stepwise.asl.model.PathField;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.path.JsonPath;
import io.stepwise.asl.template.PayloadTemplate;
import io.stepwise.dataflow.intrinsic.IntrinsicEvaluator;
import io.stepwise.dataflow.path.PathEvaluator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class DataFlowPropertiesTest {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final EvaluationContext CONTEXT = FixedEvaluationContext.empty();

  @Property
  void aPathBuiltFromKeysSelectsWhatWasPutThere(
      @ForAll("keys") @Size(min = 1, max = 6) List<String> keys, @ForAll("json") JsonNode value)
      throws Exception {
    JsonNode document = value;
    for (int i = keys.size() - 1; i >= 0; i--) {
      ObjectNode parent = JSON.objectNode();
      parent.put("sibling", i);
      document = parent.set(keys.get(i), document);
    }
    JsonNode selected = PathEvaluator.select(JsonPath.parse(bracketPath(keys)), document, CONTEXT);
    assertThat(selected).isSameAs(value);
  }

  @Property
  void resultPathThenSelectGivesTheResultAndLeavesTheInputAlone(
      @ForAll("objects") JsonNode input,
      @ForAll("keys") @Size(min = 1, max = 4) List<String> keys,
      @ForAll("json") JsonNode result)
      throws Exception {
    JsonNode before = input.deepCopy();
    PathField path = new PathField.Select(JsonPath.parse(bracketPath(keys)));
    try {
      JsonNode combined = DataFlow.applyResultPath(path, input, result);
      assertThat(DataFlow.selectPath(path, "OutputPath", combined, CONTEXT)).isSameAs(result);
    } catch (DataFlowException e) {
      // A key of the path met a value that is not an object: AWS's ResultPathMatchFailure.
      assertThat(e.failure().error()).isEqualTo("States.ResultPathMatchFailure");
    }
    assertThat(input).isEqualTo(before);
  }

  @Property
  void aTemplateOfLiteralsEvaluatesToItself(@ForAll("json") JsonNode literal) throws Exception {
    PayloadTemplate template = PayloadTemplate.compile(literal, QueryLanguage.JSONPATH);
    assertThat(DataFlow.evaluate(template, JSON.objectNode(), CONTEXT)).isSameAs(literal);
  }

  @Property
  void base64DecodeUndoesBase64Encode(@ForAll @StringLength(max = 2000) String text)
      throws Exception {
    JsonNode encoded = call("States.Base64Encode($.v)", JSON.textNode(text));
    assertThat(call("States.Base64Decode($.v)", encoded).textValue()).isEqualTo(text);
  }

  @Property
  void stringToJsonUndoesJsonToString(@ForAll("json") JsonNode value) throws Exception {
    JsonNode text = call("States.JsonToString($.v)", value);
    assertThat(call("States.StringToJson($.v)", text)).isEqualTo(value);
  }

  private static JsonNode call(String text, JsonNode argument) throws Exception {
    ObjectNode input = JSON.objectNode().set("v", argument);
    return IntrinsicEvaluator.evaluate(IntrinsicCall.parse(text), "v.$", input, CONTEXT);
  }

  private static String bracketPath(List<String> keys) {
    StringBuilder path = new StringBuilder("$");
    for (String key : keys) {
      path.append("['").append(key).append("']");
    }
    return path.toString();
  }

  @Provide
  Arbitrary<List<String>> keys() {
    return Arbitraries.strings()
        .alpha()
        .numeric()
        .withChars('-', '_', ' ', '.', '$')
        .ofMinLength(1)
        .ofMaxLength(8)
        .list();
  }

  @Provide
  Arbitrary<JsonNode> objects() {
    return Arbitraries.recursive(this::leaves, this::objectsOf, 1, 3);
  }

  @Provide
  Arbitrary<JsonNode> json() {
    return Arbitraries.recursive(this::leaves, this::containersOf, 0, 3);
  }

  private Arbitrary<JsonNode> leaves() {
    return Arbitraries.oneOf(
        Arbitraries.integers().map(JSON::numberNode),
        Arbitraries.doubles().between(-1e6, 1e6).map(JSON::numberNode),
        Arbitraries.strings().ofMaxLength(12).map(JSON::textNode),
        Arbitraries.of(true, false).map(JSON::booleanNode),
        Arbitraries.just(JSON.nullNode()));
  }

  private Arbitrary<JsonNode> containersOf(Arbitrary<JsonNode> elements) {
    return Arbitraries.oneOf(objectsOf(elements), arraysOf(elements));
  }

  private Arbitrary<JsonNode> arraysOf(Arbitrary<JsonNode> elements) {
    return elements.list().ofMaxSize(4).map(list -> (JsonNode) new ArrayNode(JSON, list));
  }

  private Arbitrary<JsonNode> objectsOf(Arbitrary<JsonNode> values) {
    Arbitrary<String> names = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6);
    return Combinators.combine(names.list().ofMaxSize(4), values.list().ofSize(4))
        .as(
            (keys, children) -> {
              ObjectNode object = JSON.objectNode();
              for (int i = 0; i < keys.size(); i++) {
                object.set(keys.get(i), children.get(i));
              }
              return object;
            });
  }
}
