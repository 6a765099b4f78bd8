package io.stepwise.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.asl.model.PathField;
import io.stepwise.asl.model.ValueSource;
import io.stepwise.asl.path.JsonPath;
import io.stepwise.asl.template.PayloadTemplate;
import io.stepwise.dataflow.intrinsic.IntrinsicEvaluator;
import io.stepwise.dataflow.jsonata.JsonataEvaluator;
import io.stepwise.dataflow.jsonata.ResultType;
import io.stepwise.dataflow.jsonata.StatesBinding;
import io.stepwise.dataflow.path.PathEvaluator;
import io.stepwise.dataflow.path.PathNotFound;
import io.stepwise.dataflow.path.ResultPathWriter;
import io.stepwise.dataflow.template.TemplateEvaluator;

/**
 * The data-flow operations of a state, in the order the engine applies them: {@link #selectPath}
 * for InputPath, {@link #evaluate(PayloadTemplate, JsonNode, EvaluationContext)} for Parameters and
 * ResultSelector, {@link #applyResultPath} for ResultPath, {@link #selectPath} again for OutputPath
 * and ItemsPath, and {@link #evaluate(ValueSource, String, JsonNode, EvaluationContext)} for single
 * values such as {@code TimeoutSecondsPath} or {@code ErrorPath}.
 *
 * <p>Every method returns shared nodes where it can and never changes its arguments. Failures are
 * {@link DataFlowException}s whose cause is AWS's text without the prefix {@code An error occurred
 * while executing the state 'X' (entered at the event id #N).}, which the engine adds because it
 * alone knows the state and the event id.
 */
public final class DataFlow {

  private DataFlow() {}

  /**
   * Applies InputPath, OutputPath or ItemsPath: {@link PathField.Discard} (JSON {@code null}) gives
   * an empty object, as on AWS; a path gives what it selects.
   *
   * @param fieldName the field, for example {@code InputPath} (kept for causes that name it)
   * @throws DataFlowException {@code States.Runtime} with {@code Invalid path '$.x' : No results
   *     for path: $['x']} when a definite path selects nothing
   */
  public static JsonNode selectPath(
      PathField field, String fieldName, JsonNode input, EvaluationContext context)
      throws DataFlowException {
    return switch (field) {
      case PathField.Discard ignored -> JsonNodeFactory.instance.objectNode();
      case PathField.Select select -> selectOrFail(select.path(), input, context);
    };
  }

  private static JsonNode selectOrFail(JsonPath path, JsonNode input, EvaluationContext context)
      throws DataFlowException {
    if (path.segments().isEmpty() && path.root() == JsonPath.Root.INPUT) {
      return input;
    }
    JsonNode selected = PathEvaluator.select(path, input, context);
    if (selected.isMissingNode()) {
      throw new DataFlowException(
          ErrorNames.RUNTIME,
          "Invalid path '" + path.text() + "' : " + PathNotFound.describe(path, input, context));
    }
    return selected;
  }

  /**
   * Evaluates a compiled payload template (Parameters, ResultSelector, ItemSelector, Assign,
   * Arguments, Output) against {@code input}. Literal parts are returned shared.
   *
   * @throws DataFlowException {@code States.Runtime} when a {@code .$} path matches nothing ({@code
   *     The JSONPath '$.x' specified for the field 'x.$' could not be found in the input '{...}'}),
   *     {@code States.IntrinsicFailure} when an intrinsic function rejects its arguments, {@code
   *     States.QueryEvaluationError} for a JSONata expression
   */
  public static JsonNode evaluate(
      PayloadTemplate template, JsonNode input, EvaluationContext context)
      throws DataFlowException {
    return TemplateEvaluator.evaluate(template, input, context);
  }

  /**
   * Evaluates a compiled payload template of a JSONata state ({@code Arguments}, {@code Output},
   * {@code Assign}, {@code ItemSelector}) whose expressions read {@code $states} from {@code
   * states}.
   *
   * @param fieldName the template's field, for example {@code Output}: causes name an expression's
   *     place from it ({@code Output/result})
   * @throws DataFlowException {@code States.QueryEvaluationError} when an expression fails or
   *     yields nothing
   */
  public static JsonNode evaluate(
      PayloadTemplate template, String fieldName, StatesBinding states, EvaluationContext context)
      throws DataFlowException {
    return TemplateEvaluator.evaluate(template, fieldName, states, context);
  }

  /**
   * Applies ResultPath: {@link PathField.Discard} keeps the input, {@code $} replaces it by the
   * result, any other reference path writes the result into a copy of the input's spine.
   *
   * @throws DataFlowException {@code States.ResultPathMatchFailure} when the path cannot be applied
   *     to the input (for example, the input is not an object)
   */
  public static JsonNode applyResultPath(PathField field, JsonNode input, JsonNode result)
      throws DataFlowException {
    return switch (field) {
      case PathField.Discard ignored -> input;
      case PathField.Select select -> ResultPathWriter.write(select.path(), input, result);
    };
  }

  /**
   * Evaluates a single value: a literal as written, a path (failing like a template's {@code .$}
   * member, with {@code fieldName} such as {@code ErrorPath} in the cause), an intrinsic call, or a
   * JSONata expression that reads only {@code $states.input} and {@code $states.context}.
   */
  public static JsonNode evaluate(
      ValueSource source, String fieldName, JsonNode input, EvaluationContext context)
      throws DataFlowException {
    return evaluate(source, fieldName, StatesBinding.ofInput(input), context);
  }

  /**
   * Evaluates a single value whose JSONata form reads {@code $states} from {@code states}: {@code
   * TimeoutSeconds}, {@code HeartbeatSeconds}, {@code MaxConcurrency}, {@code ToleratedFailure*},
   * Wait {@code Seconds} and {@code Timestamp}, Fail {@code Error} and {@code Cause}, Map {@code
   * Items} (check its type with {@link JsonataEvaluator}'s {@link ResultType} overload).
   *
   * @throws DataFlowException {@code States.QueryEvaluationError} when a JSONata expression fails
   *     or yields nothing, and the path and intrinsic failures of the other forms
   */
  public static JsonNode evaluate(
      ValueSource source, String fieldName, StatesBinding states, EvaluationContext context)
      throws DataFlowException {
    JsonNode input = states.input();
    return switch (source) {
      case ValueSource.Literal literal -> literal.value();
      case ValueSource.Path path ->
          TemplateEvaluator.selectForField(path.path(), fieldName, input, context);
      case ValueSource.Intrinsic intrinsic ->
          IntrinsicEvaluator.evaluate(intrinsic.call(), fieldName, input, context);
      case ValueSource.Expression expression ->
          JsonataEvaluator.evaluate(expression.compiled(), fieldName, states, context);
    };
  }
}
