package io.stepwise.server.console;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.asl.parse.ParseResult;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryRenderer;
import io.stepwise.service.maprun.MapRunChildren;
import io.stepwise.store.AliasRecord;
import io.stepwise.store.ExecutionQuery;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.Page;
import io.stepwise.store.StateMachineRecord;
import io.stepwise.store.Store;
import io.stepwise.store.VersionRecord;
import io.stepwise.tasks.functions.FunctionLogs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The console's reads, answered from the store as JSON bodies: machines with their graphs,
 * executions paged across machines, one execution with what happened to each state, and the recent
 * logs of the local functions.
 */
final class ConsoleQueries {
  static final int MAX_PAGE = 1000;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Store store;
  private final FunctionLogs functionLogs;

  ConsoleQueries(Store store, FunctionLogs functionLogs) {
    this.store = store;
    this.functionLogs = functionLogs;
  }

  /**
   * The child executions of the Map Run {@code mapRunArn} of {@code executionArn}; empty when the
   * execution or the Map Run does not exist.
   */
  Optional<ObjectNode> mapRunChildren(String executionArn, String mapRunArn) {
    if (!hasExecution(executionArn)) {
      return Optional.empty();
    }
    return MapRunChildren.of(store.executions().replayHistory(executionArn), mapRunArn)
        .map(
            children -> {
              ObjectNode body = NODES.objectNode();
              ArrayNode rows = body.putArray("childExecutions");
              children.forEach(child -> rows.add(ConsoleJson.mapRunChild(child)));
              return body;
            });
  }

  /**
   * The kept logs of {@code functionName}'s recent invocations recorded after {@code after}, oldest
   * first; empty for a function that has none (or does not exist).
   */
  ObjectNode functionLogs(String functionName, long after) {
    ObjectNode body = NODES.objectNode().put("functionName", functionName);
    ArrayNode invocations = body.putArray("invocations");
    for (FunctionLogs.Entry entry : functionLogs.after(functionName, after)) {
      invocations
          .addObject()
          .put("sequence", entry.sequence())
          .put("requestId", entry.requestId())
          .put("timestamp", entry.timestamp())
          .put("log", entry.log());
    }
    return body;
  }

  /** A page of state machines, oldest first, each with its executions counted by status. */
  ObjectNode machines(int limit, String cursor) {
    Page<StateMachineRecord> page = store.machines().machines("arn:", limit, cursor);
    ObjectNode body = NODES.objectNode();
    ArrayNode items = body.putArray("stateMachines");
    for (StateMachineRecord machine : page.items()) {
      ObjectNode row = ConsoleJson.machine(machine);
      items.add(row);
      ObjectNode counts = row.putObject("executionCounts");
      store
          .executions()
          .countExecutions(machine.arn())
          .forEach((status, count) -> counts.put(status.name(), count));
    }
    return body.put("nextCursor", page.nextCursor());
  }

  /** One machine with its definition, graph, versions and aliases. */
  Optional<ObjectNode> machine(String arn) {
    return store
        .machines()
        .machine(arn)
        .map(
            machine -> {
              ObjectNode body = NODES.objectNode();
              body.set("stateMachine", ConsoleJson.machine(machine));
              body.put("definition", machine.definition());
              body.set("graph", graph(machine.definition()));
              ArrayNode versions = body.putArray("versions");
              for (VersionRecord v : store.machines().versions(arn, MAX_PAGE, null).items()) {
                versions.addObject().put("arn", v.arn()).put("number", v.number());
              }
              ArrayNode aliases = body.putArray("aliases");
              for (AliasRecord alias : store.machines().aliases(arn)) {
                aliases.addObject().put("arn", alias.arn()).put("name", alias.name());
              }
              return body;
            });
  }

  /** A page of executions of one machine or of all, newest first. */
  ObjectNode executions(
      String stateMachineArn, ExecutionStatus status, String name, int limit, String cursor) {
    Page<ExecutionRecord> page =
        store
            .executions()
            .executions(
                new ExecutionQuery(stateMachineArn, null, status, name, limit, cursor, null));
    ObjectNode body = NODES.objectNode();
    ArrayNode items = body.putArray("executions");
    page.items().forEach(execution -> items.add(ConsoleJson.execution(execution)));
    return body.put("nextCursor", page.nextCursor());
  }

  /** One execution: its row, the graph of the definition it runs, its states and its events. */
  Optional<ObjectNode> execution(String arn) {
    return store
        .executions()
        .execution(arn)
        .map(
            execution -> {
              List<HistoryEvent> events = store.executions().history(arn);
              List<ObjectNode> rendered = new ArrayList<>(events.size());
              events.forEach(event -> rendered.add(HistoryRenderer.render(event)));
              ObjectNode body = NODES.objectNode();
              body.set("execution", ConsoleJson.execution(execution));
              body.set(
                  "graph",
                  store
                      .machines()
                      .definition(execution.stateMachineArn(), execution.revisionId())
                      .map(ConsoleQueries::graph)
                      .orElse(null));
              body.set("states", StateOutcomes.of(events, rendered));
              body.putArray("events").addAll(rendered);
              return body;
            });
  }

  boolean hasExecution(String arn) {
    return store.executions().execution(arn).isPresent();
  }

  /** The graph of a definition, or {@code null} when it no longer parses. */
  static ObjectNode graph(String definition) {
    ParseResult parsed = DefinitionParser.parse(definition);
    return parsed.machine() == null ? null : DefinitionGraph.of(parsed.machine());
  }
}
