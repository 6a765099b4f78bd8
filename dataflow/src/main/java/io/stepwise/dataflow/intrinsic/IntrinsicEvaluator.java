package io.stepwise.dataflow.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.intrinsic.IntrinsicArgument;
import io.stepwise.asl.intrinsic.IntrinsicCall;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.EvaluationContext;
import io.stepwise.dataflow.template.TemplateEvaluator;
import java.util.List;

/**
 * Evaluates compiled intrinsic calls: arguments first (paths, literals, nested calls, left to
 * right), then the function.
 */
public final class IntrinsicEvaluator {

  private IntrinsicEvaluator() {}

  /**
   * @param field the field that holds the call, for example {@code x.$} (named in causes)
   * @throws DataFlowException {@code States.Runtime} when a path argument matches nothing, {@code
   *     States.IntrinsicFailure} when the function rejects its arguments
   */
  public static JsonNode evaluate(
      IntrinsicCall call, String field, JsonNode input, EvaluationContext context)
      throws DataFlowException {
    List<IntrinsicArgument> arguments = call.arguments();
    JsonNode[] values = new JsonNode[arguments.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = argument(arguments.get(i), field, input, context);
    }
    return IntrinsicFunctions.apply(new Arguments(call, values), context);
  }

  private static JsonNode argument(
      IntrinsicArgument argument, String field, JsonNode input, EvaluationContext context)
      throws DataFlowException {
    return switch (argument) {
      case IntrinsicArgument.Literal literal -> literal.value();
      case IntrinsicArgument.Text text -> text.value();
      case IntrinsicArgument.Path path ->
          TemplateEvaluator.selectForField(path.path(), field, input, context);
      case IntrinsicArgument.Call nested -> evaluate(nested.call(), field, input, context);
    };
  }
}
