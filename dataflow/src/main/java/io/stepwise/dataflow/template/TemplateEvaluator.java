package io.stepwise.dataflow.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.asl.path.JsonPath;
import io.stepwise.asl.template.PayloadTemplate;
import io.stepwise.asl.template.TemplateNode;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.EvaluationContext;
import io.stepwise.dataflow.intrinsic.IntrinsicEvaluator;
import io.stepwise.dataflow.jsonata.JsonataEvaluator;
import io.stepwise.dataflow.jsonata.StatesBinding;
import io.stepwise.dataflow.path.PathEvaluator;

/** Evaluates compiled payload templates; constant subtrees come back as the shared nodes. */
public final class TemplateEvaluator {

  private TemplateEvaluator() {}

  /** Evaluates a JSONPath template (or a JSONata one whose expressions read only the input). */
  public static JsonNode evaluate(
      PayloadTemplate template, JsonNode input, EvaluationContext context)
      throws DataFlowException {
    return evaluate(template, "", StatesBinding.ofInput(input), context);
  }

  /**
   * Evaluates a template whose JSONata expressions read {@code states}.
   *
   * @param fieldName the template's field, for example {@code Output}, which AWS puts in front of
   *     an expression's place inside the template in causes ({@code Output/result})
   */
  public static JsonNode evaluate(
      PayloadTemplate template, String fieldName, StatesBinding states, EvaluationContext context)
      throws DataFlowException {
    return new Scope(fieldName, states, context).evaluate(template.root());
  }

  /** What every node of one template evaluation reads. */
  private record Scope(String fieldName, StatesBinding states, EvaluationContext context) {

    JsonNode evaluate(TemplateNode node) throws DataFlowException {
      return switch (node) {
        case TemplateNode.Constant constant -> constant.value();
        case TemplateNode.ObjectTemplate object -> evaluateObject(object);
        case TemplateNode.ArrayTemplate array -> evaluateArray(array);
        case TemplateNode.PathValue path ->
            selectForField(path.path(), path.field(), states.input(), context);
        case TemplateNode.IntrinsicValue call ->
            IntrinsicEvaluator.evaluate(call.call(), call.field(), states.input(), context);
        case TemplateNode.ExpressionValue expression ->
            JsonataEvaluator.evaluate(
                expression.expression(), field(expression.field()), states, context);
      };
    }

    private JsonNode evaluateObject(TemplateNode.ObjectTemplate object) throws DataFlowException {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (TemplateNode.Member member : object.members()) {
        out.set(member.key(), evaluate(member.value()));
      }
      return out;
    }

    private JsonNode evaluateArray(TemplateNode.ArrayTemplate array) throws DataFlowException {
      ArrayNode out = JsonNodeFactory.instance.arrayNode(array.elements().size());
      for (TemplateNode element : array.elements()) {
        out.add(evaluate(element));
      }
      return out;
    }

    /** The expression's place as AWS names it: {@code Output}, or {@code Output/list/0}. */
    private String field(String inner) {
      if (inner.isEmpty()) {
        return fieldName;
      }
      return fieldName.isEmpty() ? inner : fieldName + "/" + inner;
    }
  }

  /**
   * Selects a path written in a field such as {@code x.$} or {@code ErrorPath}.
   *
   * @throws DataFlowException {@code States.Runtime} with AWS's cause when nothing is found
   */
  public static JsonNode selectForField(
      JsonPath path, String field, JsonNode input, EvaluationContext context)
      throws DataFlowException {
    JsonNode selected = PathEvaluator.select(path, input, context);
    if (selected.isMissingNode()) {
      throw new DataFlowException(
          ErrorNames.RUNTIME,
          "The JSONPath '"
              + path.text()
              + "' specified for the field '"
              + field
              + "' could not be found in the input '"
              + input
              + "'");
    }
    return selected;
  }
}
