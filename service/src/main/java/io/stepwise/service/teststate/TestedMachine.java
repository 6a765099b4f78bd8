package io.stepwise.service.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state machine that runs one tested state through the engine: the state under its name, each
 * state it can go to as a Succeed state of the same name (so that the run ends where the test does
 * and its output is the tested state's), and, when the test gives variables, a Pass state before it
 * whose Assign sets them. A mocked Parallel state gets one branch per mocked result, which returns
 * it (or fails with the mocked error).
 */
final class TestedMachine {

  /** The name AWS gives a state that the request's definition holds alone. */
  static final String SINGLE_STATE_NAME = "StateName";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String SEED_NAME = "Stepwise.TestState.Variables";
  private static final String SELF_NAME = "Stepwise.TestState.Self";

  private TestedMachine() {}

  /**
   * The machine that runs {@code state}, named {@code name}, in the query language {@code language}
   * of its machine (null for AWS's default).
   */
  static ObjectNode build(
      String name,
      ObjectNode state,
      JsonNode language,
      ObjectNode variables,
      Optional<TestMock> parallelMock) {
    ObjectNode machine = NODES.objectNode();
    if (language != null) {
      machine.set("QueryLanguage", language);
    }
    ObjectNode states = NODES.objectNode();
    ObjectNode own = withoutSelfTransitions(state, name);
    ObjectNode tested = parallelMock.map(mock -> mocked(own, mock)).orElse(own);
    if (variables.isEmpty()) {
      machine.put("StartAt", name);
    } else {
      machine.put("StartAt", SEED_NAME);
      states.set(SEED_NAME, seed(variables, name));
    }
    states.set(name, tested);
    for (Transition transition : transitions(tested)) {
      String target = transition.target();
      if (!states.has(target)) {
        states.set(target, NODES.objectNode().put("Type", "Succeed"));
      }
    }
    machine.set("States", states);
    return machine;
  }

  /**
   * A JSONata Pass state that assigns each variable; each value is its JSON text as a JSONata
   * expression, so that no text in it is read as an expression of its own.
   */
  private static ObjectNode seed(ObjectNode variables, String next) {
    ObjectNode assign = NODES.objectNode();
    for (Map.Entry<String, JsonNode> variable : variables.properties()) {
      assign.put(variable.getKey(), "{% " + variable.getValue() + " %}");
    }
    ObjectNode seed = NODES.objectNode().put("Type", "Pass").put("QueryLanguage", "JSONata");
    seed.set("Assign", assign);
    return seed.put("Next", next);
  }

  /** The state the run went to after the tested state {@code name}, as the test names it. */
  static String nextState(String next, String name) {
    return SELF_NAME.equals(next) ? name : next;
  }

  /** A copy of {@code state} whose transitions to itself go to the stand-in {@value SELF_NAME}. */
  private static ObjectNode withoutSelfTransitions(ObjectNode state, String name) {
    ObjectNode copy = state.deepCopy();
    for (Transition transition : transitions(copy)) {
      if (transition.target().equals(name)) {
        transition.holder().put(transition.member(), SELF_NAME);
      }
    }
    return copy;
  }

  /** A transition of a state: the member of {@code holder} that names the state it goes to. */
  private record Transition(ObjectNode holder, String member) {
    String target() {
      return holder.path(member).asText();
    }
  }

  /** The transitions of {@code state}: its Next or Default, its Choice rules', its catchers'. */
  private static List<Transition> transitions(ObjectNode state) {
    List<Transition> transitions = new ArrayList<>();
    addIfNamed(transitions, state, "Next");
    addIfNamed(transitions, state, "Default");
    state.path("Choices").forEach(rule -> addIfNamed(transitions, rule, "Next"));
    state.path("Catch").forEach(catcher -> addIfNamed(transitions, catcher, "Next"));
    return transitions;
  }

  private static void addIfNamed(List<Transition> transitions, JsonNode holder, String member) {
    if (holder instanceof ObjectNode object && object.path(member).isTextual()) {
      transitions.add(new Transition(object, member));
    }
  }

  /** The Parallel state with one branch per mocked result, or branches that fail as mocked. */
  private static ObjectNode mocked(ObjectNode parallel, TestMock mock) {
    ObjectNode copy = parallel.deepCopy();
    ArrayNode branches = NODES.arrayNode();
    for (int i = 0; i < parallel.path("Branches").size(); i++) {
      ObjectNode step = mock.isError() ? failing(mock) : answering(mock.result().get(i));
      // State names are unique across a machine, its branches' included.
      String name = "Mocked branch " + i;
      ObjectNode branch = NODES.objectNode().put("StartAt", name);
      branch.set("States", NODES.objectNode().set(name, step));
      branches.add(branch);
    }
    copy.set("Branches", branches);
    return copy;
  }

  private static ObjectNode answering(JsonNode result) {
    return NODES
        .objectNode()
        .put("Type", "Pass")
        .put("QueryLanguage", "JSONata")
        .put("Output", "{% " + result + " %}")
        .put("End", true);
  }

  private static ObjectNode failing(TestMock mock) {
    ObjectNode fail = NODES.objectNode().put("Type", "Fail");
    if (mock.error() != null) {
      fail.put("Error", mock.error());
    }
    if (mock.cause() != null) {
      fail.put("Cause", mock.cause());
    }
    return fail;
  }
}
