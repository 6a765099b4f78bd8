package io.stepwise.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * What a path or template can read besides the state's input: the context object ({@code $$}) and
 * the variables in scope ({@code $name}). The engine implements it so that the context object is
 * only built when an expression reads it.
 */
public interface EvaluationContext {

  /** The context object: {@code {"Execution": ..., "State": ..., "StateMachine": ..., ...}}. */
  JsonNode contextObject();

  /** The value of variable {@code name}, or {@code null} when no such variable is in scope. */
  JsonNode variable(String name);

  /**
   * The source of randomness for {@code States.UUID} and unseeded {@code States.MathRandom}. The
   * default is the thread's generator; an engine or a test that needs repeatable runs overrides it.
   */
  default RandomGenerator random() {
    return ThreadLocalRandom.current();
  }

  /**
   * The current time, for JSONata's {@code $now()} and {@code $millis()}: the time the engine was
   * given, so that runs under a virtual clock see virtual time and a replay sees the same time.
   */
  Instant now();
}
