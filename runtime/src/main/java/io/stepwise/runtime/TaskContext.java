package io.stepwise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.dataflow.EvaluationContext;

/**
 * What an invoker knows about the task it runs besides its parameters.
 *
 * @param token the engine's number for this task
 * @param resource the Task state's Resource ARN
 */
public record TaskContext(long token, String resource, EvaluationContext context) {

  /** The context object ({@code $$}) of the Task state. */
  public JsonNode contextObject() {
    return context.contextObject();
  }
}
