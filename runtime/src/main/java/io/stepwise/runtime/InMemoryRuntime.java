package io.stepwise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.StateMachine;
import io.stepwise.engine.Engine;
import io.stepwise.engine.EngineOptions;
import io.stepwise.engine.ExecutionIdentity;
import io.stepwise.runtime.mocks.MockedExecution;

/**
 * Runs executions in memory with the task invokers of a {@link TaskRegistry}: the synchronous entry
 * point of tests, the CLI and the conformance runner.
 */
public final class InMemoryRuntime {
  private final TaskRegistry tasks;

  /**
   * The identity of the latest run, reused while the names stay the same: building one joins three
   * ARNs, a fixed cost that would otherwise weigh on every short execution.
   */
  private volatile ExecutionIdentity lastIdentity;

  public InMemoryRuntime(TaskRegistry tasks) {
    this.tasks = tasks;
  }

  public InMemoryRuntime() {
    this(new TaskRegistry());
  }

  public TaskRegistry tasks() {
    return tasks;
  }

  /** Runs {@code machine} with {@code input} to its end and returns how it ended. */
  public ExecutionResult run(StateMachine machine, JsonNode input, RunOptions options) {
    Engine engine = new Engine(machine, new EngineOptions(options.jitter()));
    return run(engine, input, options);
  }

  /** Runs a machine compiled once into {@code engine}; the way to run it many times. */
  public ExecutionResult run(Engine engine, JsonNode input, RunOptions options) {
    return run(engine, identity(options), input, options);
  }

  /**
   * Runs a compiled machine as the execution {@code identity} (whose names win over those of {@code
   * options}): the way to give the context object the ARNs and role of an API request.
   */
  public ExecutionResult run(
      Engine engine, ExecutionIdentity identity, JsonNode input, RunOptions options) {
    MockedExecution mocks =
        options.testCase() == null ? null : new MockedExecution(options.testCase());
    return new ExecutionDriver(engine, identity, tasks, options.clock(), mocks).run(input);
  }

  private ExecutionIdentity identity(RunOptions options) {
    ExecutionIdentity identity = lastIdentity;
    if (identity == null
        || !identity.stateMachineName().equals(options.stateMachineName())
        || !identity.executionName().equals(options.executionName())) {
      identity = ExecutionIdentity.local(options.stateMachineName(), options.executionName());
      lastIdentity = identity;
    }
    return identity;
  }

  /** Runs {@code machine} with default options. */
  public ExecutionResult run(StateMachine machine, JsonNode input) {
    return run(machine, input, RunOptions.defaults());
  }
}
