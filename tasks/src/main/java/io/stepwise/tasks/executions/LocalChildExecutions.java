package io.stepwise.tasks.executions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.model.StateMachine;
import io.stepwise.engine.ExecutionIdentity;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.runtime.ExecutionResult;
import io.stepwise.runtime.InMemoryRuntime;
import io.stepwise.runtime.RunOptions;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The executions that Task states start when a state machine runs in this process ({@code stepwise
 * run}): a child runs to its end at once, in memory and with the same tasks, as an execution of one
 * of the state machines given by name. A machine's ARN names it as {@code
 * arn:aws:states:<region>:<account>:stateMachine:<name>}, with or without a version's or an alias's
 * qualifier after it.
 */
public final class LocalChildExecutions implements ChildExecutions {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, StateMachine> machines;
  private final InMemoryRuntime runtime;

  /**
   * @param machines the state machines that children may run, by name
   * @param runtime the runtime that runs them, with the tasks of the parent
   */
  public LocalChildExecutions(Map<String, StateMachine> machines, InMemoryRuntime runtime) {
    this.machines = Map.copyOf(machines);
    this.runtime = runtime;
  }

  @Override
  public ChildStart start(String stateMachineArn, String name, String input, boolean ownName) {
    String machineName = machineName(stateMachineArn);
    StateMachine machine = machineName == null ? null : machines.get(machineName);
    if (machine == null) {
      return new ChildStart.Refused(
          "StateMachineDoesNotExist", "State Machine Does Not Exist: '" + stateMachineArn + "'");
    }
    JsonNode parsed;
    try {
      parsed = JSON.readTree(input);
    } catch (JsonProcessingException e) {
      return new ChildStart.Refused(
          "InvalidExecutionInput",
          "Invalid State Machine Execution Input: '" + e.getOriginalMessage() + "'");
    }
    ExecutionIdentity identity = ExecutionIdentity.local(machineName, name);
    ExecutionResult result =
        runtime.run(machine, parsed, RunOptions.defaults().withNames(machineName, name));
    ObjectNode described = described(identity, input, result);
    long startDate = result.history().getFirst().timestamp();
    return new ChildStart.Started(
        identity.executionArn(), startDate, false, CompletableFuture.completedFuture(described));
  }

  /** A child has ended by the time its start returns: there is nothing to stop. */
  @Override
  public void stop(String executionArn) {}

  /** The name in a state machine's (or its version's or alias's) ARN, or {@code null}. */
  private static String machineName(String arn) {
    String[] parts = arn.split(":", -1);
    boolean machineArn =
        parts.length >= 7 && parts[0].equals("arn") && parts[5].equals("stateMachine");
    return machineArn ? parts[6] : null;
  }

  /** DescribeExecution's answer for the ended child, as the API sends it. */
  private static ObjectNode described(
      ExecutionIdentity identity, String input, ExecutionResult result) {
    List<HistoryEvent> history = result.history();
    ObjectNode out =
        JSON.createObjectNode()
            .put("executionArn", identity.executionArn())
            .put("stateMachineArn", identity.stateMachineArn())
            .put("name", identity.executionName())
            .put("status", result.status().name());
    out.put("startDate", BigDecimal.valueOf(history.getFirst().timestamp(), 3));
    out.put("stopDate", BigDecimal.valueOf(history.getLast().timestamp(), 3));
    out.put("input", input);
    out.putObject("inputDetails").put("included", true);
    if (result.output() != null) {
      out.put("output", result.output().toString());
      out.putObject("outputDetails").put("included", true);
    }
    if (result.error() != null) {
      out.put("error", result.error());
    }
    if (result.cause() != null) {
      out.put("cause", result.cause());
    }
    return out;
  }
}
