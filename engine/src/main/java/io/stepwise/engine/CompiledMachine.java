package io.stepwise.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.diagnostic.AslSyntaxException;
import io.stepwise.asl.model.Catcher;
import io.stepwise.asl.model.ChoiceRule;
import io.stepwise.asl.model.ChoiceState;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.asl.model.PassState;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.model.State;
import io.stepwise.asl.model.StateMachine;
import io.stepwise.asl.model.TaskState;
import io.stepwise.asl.model.Transition;
import io.stepwise.asl.model.ValueSource;
import io.stepwise.asl.model.WaitState;
import io.stepwise.asl.model.Workflow;
import io.stepwise.asl.template.PayloadTemplate;
import io.stepwise.dataflow.choice.ChoiceEvaluator;
import io.stepwise.engine.state.StateFields;
import io.stepwise.engine.step.PayloadSize;
import io.stepwise.engine.step.TaskResource;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A state machine prepared once for many executions: the parsed model plus what the engine would
 * otherwise build on every transition: the compiled rules of Choice states, the resource names of
 * Task states, the check of literal Pass results against the payload limit, and the state each
 * {@code Next}, {@code Default} and catcher leads to, so that a transition looks up no name.
 */
public final class CompiledMachine {
  private final StateMachine machine;
  private final Map<ChoiceState, ChoiceEvaluator> choices = new IdentityHashMap<>();
  private final Map<PassState, Boolean> oversizedResults = new IdentityHashMap<>();
  private final Map<TaskState, TaskResource> resources = new IdentityHashMap<>();
  private final Map<Catcher, CatcherFields> catchers = new IdentityHashMap<>();
  private final Map<MapState, PayloadTemplate> itemTemplates = new IdentityHashMap<>();
  private final Map<MapState, MapRunResource> itemReaders = new IdentityHashMap<>();
  private final Map<MapState, MapRunResource> resultWriters = new IdentityHashMap<>();
  private final Map<State, State> successors = new IdentityHashMap<>();
  private final Map<ChoiceRule.Choice, State> choiceTargets = new IdentityHashMap<>();

  /**
   * The compiled {@code Assign} and JSONata {@code Output} of a catcher, each {@code null} when
   * absent, and the state its {@code Next} names.
   */
  public record CatcherFields(PayloadTemplate assign, PayloadTemplate output, State next) {}

  /**
   * A distributed Map's {@code ItemReader} or {@code ResultWriter}: its Resource, its compiled
   * {@code Parameters} (JSONPath) or {@code Arguments} (JSONata), and its compiled {@code
   * ReaderConfig} or {@code WriterConfig}, each {@code null} when absent. A JSONPath {@code
   * MaxItemsPath} is compiled as the path member {@code MaxItems.$}.
   */
  public record MapRunResource(
      String resource, PayloadTemplate parameters, PayloadTemplate config) {}

  private CompiledMachine(StateMachine machine) {
    this.machine = machine;
    compile(machine.workflow());
  }

  /** Compiles {@code machine}; it must have passed validation. */
  public static CompiledMachine compile(StateMachine machine) {
    return new CompiledMachine(machine);
  }

  public StateMachine machine() {
    return machine;
  }

  /** The compiled rules of a JSONPath Choice state of this machine. */
  public ChoiceEvaluator choices(ChoiceState state) {
    return choices.get(state);
  }

  /** Whether the {@code Result} of a Pass state is larger than a state may return. */
  public boolean hasOversizedResult(PassState state) {
    return oversizedResults.containsKey(state);
  }

  /** How the task events of a Task state of this machine name its resource. */
  public TaskResource resource(TaskState state) {
    return resources.get(state);
  }

  /**
   * The {@code Items} array written in a JSONata Map state, compiled as a template since its
   * elements may be expressions; {@code null} when the state has none.
   */
  public PayloadTemplate itemsTemplate(MapState map) {
    return itemTemplates.get(map);
  }

  /** The ItemReader of a distributed Map state of this machine, or {@code null}. */
  public MapRunResource itemReader(MapState map) {
    return itemReaders.get(map);
  }

  /** The ResultWriter of a distributed Map state of this machine, or {@code null}. */
  public MapRunResource resultWriter(MapState map) {
    return resultWriters.get(map);
  }

  /**
   * The state that {@code state} goes to when it succeeds (a Choice state: its {@code Default}), or
   * {@code null} when its workflow ends there (or a Choice state has no Default).
   */
  public State successor(State state) {
    return successors.get(state);
  }

  /** The state that a Choice rule of this machine leads to. */
  public State target(ChoiceRule.Choice choice) {
    return choiceTargets.get(choice);
  }

  /** The compiled fields of a catcher of this machine. */
  public CatcherFields catcher(Catcher catcher) {
    return catchers.get(catcher);
  }

  private void compile(Workflow workflow) {
    for (State state : workflow.states().values()) {
      for (Catcher catcher : StateFields.catchers(state)) {
        catchers.put(
            catcher,
            new CatcherFields(
                template(catcher.assign(), state.queryLanguage()),
                template(catcher.output(), state.queryLanguage()),
                workflow.state(catcher.next())));
      }
      resolveTransitions(workflow, state);
      switch (state) {
        case ChoiceState choice when choice.queryLanguage() == QueryLanguage.JSONPATH ->
            choices.put(choice, ChoiceEvaluator.compile(choice.choices()));
        case PassState pass when pass.result() != null && PayloadSize.exceedsLimit(pass.result()) ->
            oversizedResults.put(pass, true);
        case TaskState task -> resources.put(task, TaskResource.of(task.resource()));
        case ParallelState parallel -> parallel.branches().forEach(this::compile);
        case MapState map -> {
          if (map.items() instanceof ValueSource.Literal literal) {
            itemTemplates.put(map, template(literal.value(), QueryLanguage.JSONATA));
          }
          compileMapRun(map);
          compile(map.itemProcessor());
        }
        default -> {}
      }
    }
  }

  private void compileMapRun(MapState map) {
    if (!StateFields.isDistributed(map)) {
      return;
    }
    if (map.itemReader() != null) {
      itemReaders.put(map, mapRunResource(map.itemReader(), "ReaderConfig", map.queryLanguage()));
    }
    if (map.resultWriter() != null && map.resultWriter().has("Resource")) {
      resultWriters.put(
          map, mapRunResource(map.resultWriter(), "WriterConfig", map.queryLanguage()));
    }
  }

  private static MapRunResource mapRunResource(
      JsonNode raw, String configField, QueryLanguage language) {
    JsonNode parameters = raw.has("Arguments") ? raw.get("Arguments") : raw.get("Parameters");
    JsonNode config = raw.get(configField);
    if (config instanceof ObjectNode object && object.has("MaxItemsPath")) {
      ObjectNode copy = object.deepCopy();
      copy.set("MaxItems.$", copy.remove("MaxItemsPath"));
      config = copy;
    }
    return new MapRunResource(
        raw.path("Resource").asText(), template(parameters, language), template(config, language));
  }

  /** Records the state that each transition of {@code state} leads to. */
  private void resolveTransitions(Workflow workflow, State state) {
    String next =
        switch (state) {
          case PassState s -> nextName(s.transition());
          case TaskState s -> nextName(s.transition());
          case WaitState s -> nextName(s.transition());
          case ParallelState s -> nextName(s.transition());
          case MapState s -> nextName(s.transition());
          case ChoiceState s -> {
            s.choices().forEach(choice -> choiceTargets.put(choice, workflow.state(choice.next())));
            yield s.defaultState();
          }
          default -> null;
        };
    if (next != null) {
      successors.put(state, workflow.state(next));
    }
  }

  private static String nextName(Transition transition) {
    return transition instanceof Transition.Next next ? next.state() : null;
  }

  /** Compiles a template of a validated definition, which therefore compiles. */
  private static PayloadTemplate template(JsonNode source, QueryLanguage language) {
    if (source == null) {
      return null;
    }
    try {
      return PayloadTemplate.compile(source, language);
    } catch (AslSyntaxException e) {
      throw new IllegalArgumentException("A validated template does not compile: " + source, e);
    }
  }
}
