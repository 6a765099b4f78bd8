package io.stepwise.runtime.durable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.engine.ExecutionIdentity;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.store.StateMachineRecord;
import io.stepwise.store.StateMachineStatus;
import io.stepwise.store.StateMachineType;
import io.stepwise.store.Store;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** State machines stored for runtime tests, and the requests that start them. */
final class DurableFixtures {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String PREFIX = "arn:aws:states:us-east-1:123456789012:";
  static final String ROLE = "arn:aws:iam::123456789012:role/test";
  static final String DOUBLE = "arn:aws:lambda:us-east-1:123456789012:function:double";

  /** Task (double n) -> Choice -> Wait 60 s -> Pass. */
  static final String TASK_WAIT_PASS =
      """
      {"StartAt":"Double","States":{
        "Double":{"Type":"Task","Resource":"%s","ResultPath":"$.doubled","Next":"Big?"},
        "Big?":{"Type":"Choice","Choices":[{"Variable":"$.doubled","NumericGreaterThan":10,
          "Next":"Pause"}],"Default":"Pause"},
        "Pause":{"Type":"Wait","Seconds":60,"Next":"Done"},
        "Done":{"Type":"Pass","End":true}}}"""
          .formatted(DOUBLE);

  private DurableFixtures() {}

  /** Stores a Standard machine named {@code name} and returns it. */
  static StateMachineRecord storeMachine(Store store, String name, String definition) {
    return storeMachine(store, name, definition, StateMachineType.STANDARD);
  }

  static StateMachineRecord storeMachine(
      Store store, String name, String definition, StateMachineType type) {
    return storeMachine(store, name, definition, type, null);
  }

  /** Stores a machine with a {@code loggingConfiguration} (JSON text, or {@code null}). */
  static StateMachineRecord storeMachine(
      Store store, String name, String definition, StateMachineType type, String logging) {
    StateMachineRecord machine =
        new StateMachineRecord(
            PREFIX + "stateMachine:" + name,
            name,
            type,
            definition,
            ROLE,
            logging,
            false,
            null,
            null,
            1_000L,
            "rev-1",
            StateMachineStatus.ACTIVE);
    store.machines().createMachine(machine);
    return machine;
  }

  static StartRequest request(StateMachineRecord machine, String executionName, JsonNode input) {
    return request(machine, executionName, input, null);
  }

  /** A start request for an execution that runs with {@code testCase} (or none when null). */
  static StartRequest request(
      StateMachineRecord machine, String executionName, JsonNode input, String testCase) {
    String kind = machine.type() == StateMachineType.EXPRESS ? "express:" : "execution:";
    String suffix = machine.type() == StateMachineType.EXPRESS ? ":" + executionName : "";
    ExecutionIdentity identity =
        new ExecutionIdentity(
            PREFIX + kind + machine.name() + ":" + executionName + suffix,
            executionName,
            machine.arn(),
            machine.name(),
            ROLE,
            "us-east-1");
    return new StartRequest(
        identity,
        machine.revisionId(),
        machine.definition(),
        machine.type(),
        null,
        null,
        input,
        testCase);
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  /** How many times each state was entered, by name. */
  static Map<String, Long> entries(List<HistoryEvent> history) {
    return history.stream()
        .filter(e -> e.details() instanceof EventDetails.StateEntered)
        .map(e -> ((EventDetails.StateEntered) e.details()).name())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  /** The event types in order, as AWS names them. */
  static List<String> types(List<HistoryEvent> history) {
    return history.stream().map(e -> e.type().awsName()).toList();
  }
}
