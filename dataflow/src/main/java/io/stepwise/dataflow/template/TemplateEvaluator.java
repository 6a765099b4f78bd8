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
import io.stepwise.dataflow.path.PathEvaluator;

/** Evaluates compiled payload templates; constant subtrees come back as the shared nodes. */
public final class TemplateEvaluator {

  private TemplateEvaluator() {}

  public static JsonNode evaluate(
      PayloadTemplate template, JsonNode input, EvaluationContext context)
      throws DataFlowException {
    return evaluate(template.root(), input, context);
  }

  private static JsonNode evaluate(TemplateNode node, JsonNode input, EvaluationContext context)
      throws DataFlowException {
    return switch (node) {
      case TemplateNode.Constant constant -> constant.value();
      case TemplateNode.ObjectTemplate object -> evaluateObject(object, input, context);
      case TemplateNode.ArrayTemplate array -> evaluateArray(array, input, context);
      case TemplateNode.PathValue path -> selectForField(path.path(), path.field(), input, context);
      case TemplateNode.IntrinsicValue call ->
          IntrinsicEvaluator.evaluate(call.call(), call.field(), input, context);
      case TemplateNode.ExpressionValue expression ->
          throw jsonataUnavailable(expression.jsonata(), expression.field());
    };
  }

  private static JsonNode evaluateObject(
      TemplateNode.ObjectTemplate object, JsonNode input, EvaluationContext context)
      throws DataFlowException {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (TemplateNode.Member member : object.members()) {
      out.set(member.key(), evaluate(member.value(), input, context));
    }
    return out;
  }

  private static JsonNode evaluateArray(
      TemplateNode.ArrayTemplate array, JsonNode input, EvaluationContext context)
      throws DataFlowException {
    ArrayNode out = JsonNodeFactory.instance.arrayNode(array.elements().size());
    for (TemplateNode element : array.elements()) {
      out.add(evaluate(element, input, context));
    }
    return out;
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

  /**
   * The failure of evaluating a JSONata expression: JSONata support arrives with the JSONata
   * evaluator, until then such an expression fails the state instead of being ignored.
   */
  public static DataFlowException jsonataUnavailable(String jsonata, String field) {
    return new DataFlowException(
        ErrorNames.QUERY_EVALUATION_ERROR,
        "The JSONata expression '"
            + jsonata
            + "' specified for the field '"
            + field
            + "' cannot be evaluated: JSONata evaluation is not available yet.");
  }
}
