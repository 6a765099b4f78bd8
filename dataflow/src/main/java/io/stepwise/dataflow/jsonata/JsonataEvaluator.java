package io.stepwise.dataflow.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Jsonata.Frame;
import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.jsonata.CompiledJsonata;
import io.stepwise.asl.jsonata.JsonataMessages;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.EvaluationContext;

/**
 * Evaluates compiled JSONata expressions as Step Functions does: {@code $states} holds the state's
 * input, result, error output and context object; each workflow variable the expression names is
 * bound as {@code $name}; the Step Functions functions are bound; and there is no context item, so
 * {@code $} is undefined at the top level.
 *
 * <p>Evaluation never parses. One compiled expression may be evaluated by many threads at once:
 * every evaluation passes its own bindings frame, which the library copies into a fresh frame of
 * its own, and the library keeps its other evaluation state per thread.
 */
public final class JsonataEvaluator {
  private static final String STATES = "states";
  private static final String STACK_OVERFLOW =
      "Stack overflow error: Check for non-terminating recursive function. "
          + " Consider rewriting as tail-recursive.";

  private JsonataEvaluator() {}

  /**
   * Evaluates {@code expression}, which sits in {@code field}.
   *
   * @param field where the expression sits, as AWS names it in causes: {@code Output}, {@code
   *     Output/result}, {@code Items}, {@code Assign/x}, {@code Arguments/list/0}
   * @return the result, never a missing node
   * @throws DataFlowException {@code States.QueryEvaluationError} when the expression fails, yields
   *     nothing, or yields a function
   */
  public static JsonNode evaluate(
      CompiledJsonata expression, String field, StatesBinding states, EvaluationContext context)
      throws DataFlowException {
    return evaluate(expression, field, states, context, ResultType.ANY);
  }

  /**
   * Evaluates {@code expression} and checks that its result has the {@code expected} type.
   *
   * @throws DataFlowException {@code States.QueryEvaluationError} also when the result has another
   *     type ({@code returned an unexpected result type. Expected 'array', but was ...})
   */
  public static JsonNode evaluate(
      CompiledJsonata expression,
      String field,
      StatesBinding states,
      EvaluationContext context,
      ResultType expected)
      throws DataFlowException {
    Object raw = run(expression, field, states, context);
    JsonNode result;
    try {
      result = JsonataValues.toJson(raw);
    } catch (JsonataValues.UnsupportedResult unsupported) {
      throw QueryFailures.unsupportedType(expression.text(), field);
    }
    if (result.isMissingNode()) {
      throw QueryFailures.undefined(expression.text(), field);
    }
    if (!expected.accepts(result)) {
      throw QueryFailures.unexpectedType(expression.text(), field, expected, result);
    }
    return result;
  }

  private static Object run(
      CompiledJsonata expression, String field, StatesBinding states, EvaluationContext context)
      throws DataFlowException {
    Jsonata jsonata = expression.expression();
    if (jsonata == null) {
      throw QueryFailures.threw(expression.text(), field, expression.syntaxError(), false);
    }
    try {
      return jsonata.evaluate(null, bindings(jsonata, expression, states, context));
    } catch (JException error) {
      throw QueryFailures.threw(
          expression.text(), field, JsonataMessages.describeWithCode(error), true);
    } catch (StackOverflowError tooDeep) {
      throw QueryFailures.threw(expression.text(), field, STACK_OVERFLOW, false);
    } catch (RuntimeException error) {
      throw QueryFailures.threw(
          expression.text(), field, String.valueOf(error.getMessage()), false);
    }
  }

  private static Frame bindings(
      Jsonata jsonata,
      CompiledJsonata expression,
      StatesBinding states,
      EvaluationContext context) {
    Frame frame = jsonata.createFrame();
    for (String name : expression.variableNames()) {
      JsonNode value = name.equals(STATES) ? null : context.variable(name);
      if (value != null) {
        frame.bind(name, JsonataValues.toJsonata(value));
      }
    }
    StepFunctionsFunctions.bind(frame, context, expression.variableNames());
    frame.bind(STATES, new StatesObject(states, context));
    return frame;
  }
}
