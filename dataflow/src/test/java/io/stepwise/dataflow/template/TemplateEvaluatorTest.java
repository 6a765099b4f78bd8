package io.stepwise.dataflow.template;

import static io.stepwise.dataflow.Json.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.template.PayloadTemplate;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.FixedEvaluationContext;
import io.stepwise.dataflow.Json;
import io.stepwise.dataflow.jsonata.StatesBinding;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TemplateEvaluatorTest {
  private static final JsonNode INPUT = parse("{'user': {'name': 'ada', 'age': 36}, 'n': 1}");
  private static final FixedEvaluationContext CONTEXT =
      new FixedEvaluationContext(
          parse("{'Execution': {'Id': 'exec-1'}}"), Map.of("limit", parse("10")), new Random(1));

  private static JsonNode evaluate(String template) throws Exception {
    return TemplateEvaluator.evaluate(
        PayloadTemplate.compile(parse(template), QueryLanguage.JSONPATH), INPUT, CONTEXT);
  }

  @Test
  void fillsPathsContextVariablesAndCallsAndDropsTheSuffix() throws Exception {
    PayloadTemplate template =
        PayloadTemplate.compile(
            Json.parseStrict(
                """
                {"static": {"a": [1, 2]}, "who.$": "$.user.name", "id.$": "$$.Execution.Id",
                 "max.$": "$limit", "greeting.$": "States.Format('hi {}', $.user.name)",
                 "nested": {"list": [{"age.$": "$.user.age"}, "plain"]}}
                """),
            QueryLanguage.JSONPATH);
    JsonNode output = TemplateEvaluator.evaluate(template, INPUT, CONTEXT);
    assertThat(output)
        .isEqualTo(
            parse(
                "{'static': {'a': [1, 2]}, 'who': 'ada', 'id': 'exec-1', 'max': 10,"
                    + " 'greeting': 'hi ada', 'nested': {'list': [{'age': 36}, 'plain']}}"));
  }

  @Test
  void literalSubtreesAndSelectedValuesAreShared() throws Exception {
    JsonNode source = parse("{'static': {'a': [1, 2]}, 'user.$': '$.user'}");
    PayloadTemplate template = PayloadTemplate.compile(source, QueryLanguage.JSONPATH);
    JsonNode output = TemplateEvaluator.evaluate(template, INPUT, CONTEXT);
    assertThat(output.get("static")).isSameAs(source.get("static"));
    assertThat(output.get("user")).isSameAs(INPUT.get("user"));
  }

  @Test
  void aTemplateWithoutDynamicPartsIsReturnedAsWritten() throws Exception {
    JsonNode source = parse("{'a': {'b.c': 'plain $.x'}}");
    PayloadTemplate template = PayloadTemplate.compile(source, QueryLanguage.JSONPATH);
    assertThat(TemplateEvaluator.evaluate(template, INPUT, CONTEXT)).isSameAs(source);
  }

  @Test
  void aPathThatMatchesNothingFailsWithAwsCause() {
    assertThatThrownBy(() -> evaluate("{'value.$': '$.no_such_jsonpath'}"))
        .isInstanceOfSatisfying(
            DataFlowException.class,
            e -> {
              assertThat(e.failure().error()).isEqualTo(ErrorNames.RUNTIME);
              assertThat(e.failure().cause())
                  .isEqualTo(
                      "The JSONPath '$.no_such_jsonpath' specified for the field 'value.$' could"
                          + " not be found in the input '{\"user\":{\"name\":\"ada\",\"age\":36},"
                          + "\"n\":1}'");
            });
  }

  @Test
  void evaluatesJsonataLeavesAndNamesTheirPlaceInCauses() throws Exception {
    PayloadTemplate template =
        PayloadTemplate.compile(
            parse("{'result': '{% $states.input.n + $limit %}', 'list': ['x', '{% $nothing %}']}"),
            QueryLanguage.JSONATA);
    PayloadTemplate valid =
        PayloadTemplate.compile(
            parse("{'result': '{% $states.input.n + $limit %}', 'k': 'v'}"), QueryLanguage.JSONATA);
    assertThat(TemplateEvaluator.evaluate(valid, "Output", StatesBinding.ofInput(INPUT), CONTEXT))
        .isEqualTo(parse("{'result': 11, 'k': 'v'}"));
    assertThatThrownBy(
            () ->
                TemplateEvaluator.evaluate(
                    template, "Output", StatesBinding.ofInput(INPUT), CONTEXT))
        .isInstanceOfSatisfying(
            DataFlowException.class,
            e -> {
              assertThat(e.failure().error()).isEqualTo(ErrorNames.QUERY_EVALUATION_ERROR);
              assertThat(e.failure().cause())
                  .isEqualTo(
                      "The JSONata expression '$nothing' specified for the field 'Output/list/1'"
                          + " returned nothing (undefined).");
            });
  }
}
