package io.stepwise.dataflow.jsonata;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The parts of {@code $states} that the engine supplies for one JSONata evaluation ({@code
 * $states.context} comes from the {@link io.stepwise.dataflow.EvaluationContext}). A part that AWS
 * does not offer at that point of the state is {@code null}, so that reading it yields nothing.
 *
 * @param input {@code $states.input}: the state's input
 * @param result {@code $states.result}: the task, Parallel or Map result, in {@code Output} and
 *     {@code Assign} after the work succeeded; else {@code null}
 * @param errorOutput {@code $states.errorOutput}: the error output in a Catcher's {@code Output}
 *     and {@code Assign}; else {@code null}
 */
public record StatesBinding(JsonNode input, JsonNode result, JsonNode errorOutput) {

  /**
   * Only {@code $states.input}: for {@code Arguments}, {@code Items}, Choice rules and the like.
   */
  public static StatesBinding ofInput(JsonNode input) {
    return new StatesBinding(input, null, null);
  }

  /**
   * {@code $states.input} and {@code $states.result}: for a state's {@code Output} and {@code
   * Assign}.
   */
  public static StatesBinding withResult(JsonNode input, JsonNode result) {
    return new StatesBinding(input, result, null);
  }

  /**
   * {@code $states.input} and {@code $states.errorOutput}: for a Catcher's {@code Output}/{@code
   * Assign}.
   */
  public static StatesBinding withErrorOutput(JsonNode input, JsonNode errorOutput) {
    return new StatesBinding(input, null, errorOutput);
  }
}
