package io.stepwise.engine;

import io.stepwise.asl.model.ChoiceState;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.asl.model.PassState;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.model.State;
import io.stepwise.asl.model.StateMachine;
import io.stepwise.asl.model.TaskState;
import io.stepwise.asl.model.Workflow;
import io.stepwise.dataflow.choice.ChoiceEvaluator;
import io.stepwise.engine.step.PayloadSize;
import io.stepwise.engine.step.TaskResource;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A state machine prepared once for many executions: the parsed model plus what the engine would
 * otherwise build on every transition: the compiled rules of Choice states, the resource names of
 * Task states, and the check of literal Pass results against the payload limit.
 */
public final class CompiledMachine {
  private final StateMachine machine;
  private final Map<ChoiceState, ChoiceEvaluator> choices = new IdentityHashMap<>();
  private final Map<PassState, Boolean> oversizedResults = new IdentityHashMap<>();
  private final Map<TaskState, TaskResource> resources = new IdentityHashMap<>();

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

  private void compile(Workflow workflow) {
    for (State state : workflow.states().values()) {
      switch (state) {
        case ChoiceState choice when choice.queryLanguage() == QueryLanguage.JSONPATH ->
            choices.put(choice, ChoiceEvaluator.compile(choice.choices()));
        case PassState pass when pass.result() != null && PayloadSize.exceedsLimit(pass.result()) ->
            oversizedResults.put(pass, true);
        case TaskState task -> resources.put(task, TaskResource.of(task.resource()));
        case ParallelState parallel -> parallel.branches().forEach(this::compile);
        case MapState map -> compile(map.itemProcessor());
        default -> {}
      }
    }
  }
}
