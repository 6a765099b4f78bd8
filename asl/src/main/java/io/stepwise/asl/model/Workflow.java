package io.stepwise.asl.model;

import java.util.Map;

/**
 * A set of states with a start: the state machine itself, a Parallel branch, or a Map's item
 * processor.
 *
 * @param states the states in definition order
 */
public record Workflow(String startAt, Map<String, State> states) {

  /** The state named {@code name}, or {@code null}. */
  public State state(String name) {
    return states.get(name);
  }
}
