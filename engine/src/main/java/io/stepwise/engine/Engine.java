package io.stepwise.engine;

import io.stepwise.asl.model.StateMachine;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.state.ExecutionState;
import io.stepwise.engine.state.HistoryApplier;
import io.stepwise.engine.step.CommandHandler;
import io.stepwise.engine.step.DecisionBuilder;
import io.stepwise.engine.step.Stepper;
import java.util.List;

/**
 * The pure engine of one state machine: {@link #decide} turns a command into events and effects,
 * {@link #apply} folds an event into state. It does no I/O, starts no thread and reads no clock:
 * every decision is given its time.
 */
public final class Engine {
  private final CompiledMachine machine;
  private final EngineOptions options;

  public Engine(StateMachine machine, EngineOptions options) {
    this.machine = CompiledMachine.compile(machine);
    this.options = options;
  }

  public Engine(StateMachine machine) {
    this(machine, EngineOptions.defaults());
  }

  public StateMachine machine() {
    return machine.machine();
  }

  /** A state for a new execution; {@link Command.Start} starts it. */
  public ExecutionState newExecution(ExecutionIdentity identity) {
    return new ExecutionState(machine.machine(), identity, options.inspector());
  }

  /**
   * Decides what {@code command} does to the execution at time {@code now} (epoch ms). The events
   * of the decision are already applied to {@code state} when it returns.
   */
  public Decision decide(ExecutionState state, Command command, long now) {
    DecisionBuilder out = new DecisionBuilder(state, now);
    new CommandHandler(new Stepper(out, machine, options)).handle(command);
    return out.build();
  }

  /** Folds one event into the state. */
  public static ExecutionState apply(ExecutionState state, HistoryEvent event) {
    return HistoryApplier.apply(state, event);
  }

  /**
   * Rebuilds an execution's state from every event its decisions emitted, in order: its own history
   * with the events of its distributed Maps' child executions and MapRunUpdated between them. What
   * the state holds only in memory is then computed again from it.
   */
  public ExecutionState replay(ExecutionIdentity identity, List<HistoryEvent> history) {
    ExecutionState state = newExecution(identity);
    for (HistoryEvent event : history) {
      HistoryApplier.apply(state, event);
    }
    new Stepper(new DecisionBuilder(state, state.lastEventTime()), machine, options)
        .prepareReplayed();
    return state;
  }
}
