package io.stepwise.runtime;

import io.stepwise.runtime.mocks.TestCase;
import java.util.function.DoubleSupplier;

/**
 * How to run one execution synchronously.
 *
 * @param stateMachineName the name in {@code $$.StateMachine.Name} and the ARNs
 * @param executionName the name in {@code $$.Execution.Name} and the execution ARN
 * @param clock the time the engine is given; a fresh virtual clock for every run by default
 * @param jitter random numbers in [0, 1) for retriers with {@code JitterStrategy: FULL}
 * @param testCase the test case whose mocked responses answer its states' tasks, or {@code null}
 */
public record RunOptions(
    String stateMachineName,
    String executionName,
    RuntimeClock clock,
    DoubleSupplier jitter,
    TestCase testCase) {

  /** Names {@code StateMachine} and {@code execution}, a virtual clock from now, seeded jitter. */
  public static RunOptions defaults() {
    java.util.Random random = new java.util.Random(7);
    return new RunOptions(
        "StateMachine",
        "execution",
        RuntimeClock.virtual(System.currentTimeMillis()),
        random::nextDouble,
        null);
  }

  public RunOptions withClock(RuntimeClock newClock) {
    return new RunOptions(stateMachineName, executionName, newClock, jitter, testCase);
  }

  public RunOptions withNames(String newStateMachineName, String newExecutionName) {
    return new RunOptions(newStateMachineName, newExecutionName, clock, jitter, testCase);
  }

  public RunOptions withJitter(DoubleSupplier newJitter) {
    return new RunOptions(stateMachineName, executionName, clock, newJitter, testCase);
  }

  public RunOptions withTestCase(TestCase newTestCase) {
    return new RunOptions(stateMachineName, executionName, clock, jitter, newTestCase);
  }
}
