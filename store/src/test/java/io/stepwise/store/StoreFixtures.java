package io.stepwise.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import java.util.ArrayList;
import java.util.List;

/** Records for store tests: machines, executions and histories with recognisable values. */
public final class StoreFixtures {
  public static final String PREFIX = "arn:aws:states:us-east-1:123456789012:";

  private StoreFixtures() {}

  public static String machineArn(String name) {
    return PREFIX + "stateMachine:" + name;
  }

  public static String executionArn(String machine, String name) {
    return PREFIX + "execution:" + machine + ":" + name;
  }

  public static StateMachineRecord machine(String name, String definition) {
    return new StateMachineRecord(
        machineArn(name),
        name,
        StateMachineType.STANDARD,
        definition,
        "arn:aws:iam::123456789012:role/test",
        "{\"level\":\"OFF\"}",
        false,
        null,
        null,
        1_000L,
        "rev-" + definition.hashCode(),
        StateMachineStatus.ACTIVE);
  }

  public static ExecutionRecord running(String machine, String name, long startDate) {
    return new ExecutionRecord(
        executionArn(machine, name),
        machineArn(machine),
        null,
        null,
        "rev-1",
        name,
        ExecutionStatus.RUNNING,
        startDate,
        null,
        "{\"n\":1}",
        null,
        null,
        null,
        0,
        null,
        null,
        null);
  }

  public static ExecutionUpdate succeeded(long stopDate, String output) {
    return new ExecutionUpdate(ExecutionStatus.SUCCEEDED, stopDate, output, null, null, 0, null);
  }

  /** Events {@code from} to {@code to}, each a PassStateEntered whose input names its id. */
  public static List<HistoryEvent> events(long from, long to) {
    List<HistoryEvent> events = new ArrayList<>();
    for (long id = from; id <= to; id++) {
      EventDetails details =
          new EventDetails.StateEntered(
              "Step" + id, JsonNodeFactory.instance.objectNode().put("id", (int) id));
      events.add(
          new HistoryEvent(
              id, id - 1, 5_000 + id, HistoryEventType.PASS_STATE_ENTERED, details, 0));
    }
    return events;
  }
}
