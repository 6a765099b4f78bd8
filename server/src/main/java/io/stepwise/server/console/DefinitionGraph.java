package io.stepwise.server.console;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.model.Catcher;
import io.stepwise.asl.model.ChoiceRule;
import io.stepwise.asl.model.ChoiceState;
import io.stepwise.asl.model.FailState;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.asl.model.PassState;
import io.stepwise.asl.model.Retrier;
import io.stepwise.asl.model.State;
import io.stepwise.asl.model.StateMachine;
import io.stepwise.asl.model.SucceedState;
import io.stepwise.asl.model.TaskState;
import io.stepwise.asl.model.Transition;
import io.stepwise.asl.model.WaitState;
import io.stepwise.asl.model.Workflow;
import java.util.List;

/**
 * The graph of a parsed definition, as the console draws it: {@code nodes}, {@code groups} and
 * {@code edges}.
 *
 * <p>Every state is a node whose id is its name (state names are unique in a definition). A
 * Parallel or Map state is a group holding its own node, where its branches or iterations start, a
 * {@code join} node ({@code name + "#join"}), where they end and from which the state continues,
 * and its workflows: one group per Parallel branch, the item processor's states directly for a Map.
 * Edges only join nodes, since layout libraries place groups around nodes but do not route edges to
 * groups. Edge kinds: {@code next}, {@code choice} (labelled with its rule), {@code default},
 * {@code catch} and {@code retry} (labelled with their error names), {@code branch} and {@code
 * end}.
 */
final class DefinitionGraph {
  static final String START = "#start";
  static final String END = "#end";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ArrayNode nodes = NODES.arrayNode();
  private final ArrayNode groups = NODES.arrayNode();
  private final ArrayNode edges = NODES.arrayNode();

  private DefinitionGraph() {}

  /** The graph of {@code machine}. */
  static ObjectNode of(StateMachine machine) {
    DefinitionGraph graph = new DefinitionGraph();
    graph.node(START, "Start", "start", null, null);
    graph.node(END, "End", "end", null, null);
    graph.edge(START, machine.workflow().startAt(), "next", null);
    graph.workflow(machine.workflow(), null, END);
    ObjectNode body = NODES.objectNode();
    body.set("nodes", graph.nodes);
    body.set("groups", graph.groups);
    body.set("edges", graph.edges);
    return body;
  }

  /**
   * Adds the states of {@code workflow} inside {@code group}; those that end it go to {@code end}.
   */
  private void workflow(Workflow workflow, String group, String end) {
    for (State state : workflow.states().values()) {
      String exit = state(state, group);
      if (endsWorkflow(state)) {
        edge(exit, end, "end", null);
      }
    }
  }

  /** Adds a state and its outgoing edges; returns the node its outgoing edges leave from. */
  private String state(State state, String group) {
    String name = state.name();
    String exit = name;
    switch (state) {
      case ParallelState parallel -> {
        String own = group(name, "parallel", name, group);
        node(name, name, "state", "Parallel", own);
        exit = join(name, own);
        for (int i = 0; i < parallel.branches().size(); i++) {
          Workflow branch = parallel.branches().get(i);
          String branchGroup = group(name + "#" + (i + 1), "branch", "Branch " + (i + 1), own);
          edge(name, branch.startAt(), "branch", null);
          workflow(branch, branchGroup, exit);
        }
      }
      case MapState map -> {
        String own = group(name, "map", name, group);
        node(name, name, "state", "Map", own);
        exit = join(name, own);
        edge(name, map.itemProcessor().startAt(), "branch", null);
        workflow(map.itemProcessor(), own, exit);
      }
      default -> node(name, name, "state", state.typeName(), group);
    }
    transitions(state, exit);
    return exit;
  }

  private String join(String name, String group) {
    String join = name + "#join";
    node(join, "", "join", null, group).put("state", name);
    return join;
  }

  private void transitions(State state, String from) {
    switch (state) {
      case ChoiceState choice -> {
        for (ChoiceRule.Choice rule : choice.choices()) {
          edge(from, rule.next(), "choice", ChoiceLabel.of(rule.rule()));
        }
        if (choice.defaultState() != null) {
          edge(from, choice.defaultState(), "default", "Default");
        }
      }
      case TaskState task -> errorHandling(from, state.name(), task.retry(), task.catchers());
      case ParallelState p -> errorHandling(from, state.name(), p.retry(), p.catchers());
      case MapState map -> errorHandling(from, state.name(), map.retry(), map.catchers());
      default -> {}
    }
    if (transition(state) instanceof Transition.Next next) {
      edge(from, next.state(), "next", null);
    }
  }

  private void errorHandling(
      String from, String name, List<Retrier> retry, List<Catcher> catchers) {
    for (Retrier retrier : retry) {
      edge(from, name, "retry", String.join(", ", retrier.errorEquals()));
    }
    for (Catcher catcher : catchers) {
      edge(from, catcher.next(), "catch", String.join(", ", catcher.errorEquals()));
    }
  }

  private static Transition transition(State state) {
    return switch (state) {
      case PassState s -> s.transition();
      case TaskState s -> s.transition();
      case WaitState s -> s.transition();
      case ParallelState s -> s.transition();
      case MapState s -> s.transition();
      case ChoiceState s -> null;
      case SucceedState s -> null;
      case FailState s -> null;
    };
  }

  private static boolean endsWorkflow(State state) {
    return state instanceof SucceedState
        || state instanceof FailState
        || transition(state) instanceof Transition.End;
  }

  private ObjectNode node(String id, String label, String kind, String type, String group) {
    ObjectNode node = nodes.addObject().put("id", id).put("label", label).put("kind", kind);
    node.put("type", type).put("group", group).put("state", "state".equals(kind) ? id : null);
    return node;
  }

  private String group(String id, String kind, String label, String parent) {
    String groupId = "group:" + id;
    groups
        .addObject()
        .put("id", groupId)
        .put("kind", kind)
        .put("label", label)
        .put("parent", parent);
    return groupId;
  }

  private void edge(String from, String to, String kind, String label) {
    edges.addObject().put("from", from).put("to", to).put("kind", kind).put("label", label);
  }
}
