package io.stepwise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.asl.parse.ParseResult;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.state.ExecutionState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;

/**
 * Given a definition, when it runs, then: drives the pure engine by hand the way a runtime would
 * (timers in due order on a virtual clock, tasks answered by functions), and after every decision
 * checks that replaying the history so far gives the live state.
 */
final class EngineHarness {
  static final ObjectMapper JSON = new ObjectMapper();
  static final long START = 1_700_000_000_000L;

  private final Engine engine;
  private ExecutionState state;
  private final List<HistoryEvent> journal = new ArrayList<>();
  private final Map<String, Function<JsonNode, Command>> tasks = new HashMap<>();
  private final PriorityQueue<Timer> timers = new PriorityQueue<>();
  private final List<Effect.InvokeTask> pendingTasks = new ArrayList<>();
  private long now = START;

  private record Timer(long due, long sequence, long id) implements Comparable<Timer> {
    @Override
    public int compareTo(Timer other) {
      int byDue = Long.compare(due, other.due);
      return byDue != 0 ? byDue : Long.compare(sequence, other.sequence);
    }
  }

  private long timerSequence;

  private EngineHarness(Engine engine) {
    this.engine = engine;
    this.state = engine.newExecution(ExecutionIdentity.local("Machine", "run-1"));
  }

  /** A harness for a definition written as JSON text. */
  static EngineHarness given(String definition) {
    return given(definition, EngineOptions.defaults());
  }

  static EngineHarness given(String definition, EngineOptions options) {
    ParseResult parsed = DefinitionParser.parse(definition);
    assertThat(parsed.diagnostics()).as("diagnostics of the definition").isEmpty();
    return new EngineHarness(new Engine(parsed.machine(), options));
  }

  /** Answers every task of {@code resource} with the command that {@code answer} builds. */
  EngineHarness task(String resource, Function<JsonNode, Command> answer) {
    tasks.put(resource, answer);
    return this;
  }

  /** Starts the execution and runs it until it ends or waits for a task nobody answers. */
  EngineHarness run(String input) {
    return run(parse(input));
  }

  /** Starts the execution with {@code input} as it is. */
  EngineHarness run(JsonNode input) {
    decide(new Command.Start(input));
    drain();
    return this;
  }

  /** Sends a command from outside (for example Stop) and runs on. */
  EngineHarness send(Command command) {
    decide(command);
    drain();
    return this;
  }

  /** Runs on with the tasks answered since the last decision. */
  EngineHarness proceed() {
    drain();
    return this;
  }

  /**
   * Rebuilds the state from the events so far, as a durable runtime does after a restart (its
   * pending tasks and timers stay), and runs on with the tasks answered since.
   */
  EngineHarness restart() {
    state = engine.replay(state.identity(), journal);
    drain();
    return this;
  }

  private void drain() {
    while (state.status() == ExecutionStatus.RUNNING) {
      Effect.InvokeTask invoke = answerableTask();
      if (invoke != null) {
        Function<JsonNode, Command> answer = tasks.get(invoke.resource());
        decide(withToken(answer.apply(invoke.parameters()), invoke.token()));
      } else if (!timers.isEmpty()) {
        Timer next = timers.poll();
        now = Math.max(now, next.due());
        decide(new Command.TimerFired(next.id()));
      } else {
        return;
      }
    }
  }

  /** The oldest task that a registered function answers; other tasks never complete. */
  private Effect.InvokeTask answerableTask() {
    for (int i = 0; i < pendingTasks.size(); i++) {
      if (tasks.containsKey(pendingTasks.get(i).resource())) {
        return pendingTasks.remove(i);
      }
    }
    return null;
  }

  private static Command withToken(Command command, long token) {
    return switch (command) {
      case Command.TaskSucceeded s -> new Command.TaskSucceeded(token, s.output());
      case Command.TaskFailed f -> new Command.TaskFailed(token, f.error(), f.cause());
      case Command.TaskSubmitted s -> new Command.TaskSubmitted(token, s.output());
      default -> command;
    };
  }

  private void decide(Command command) {
    Decision decision = engine.decide(state, command, now);
    journal.addAll(decision.events());
    for (Effect effect : decision.effects()) {
      switch (effect) {
        case Effect.InvokeTask invoke -> pendingTasks.add(invoke);
        case Effect.StartTimer timer ->
            timers.add(new Timer(timer.dueTime(), timerSequence++, timer.timerId()));
        case Effect.ExecutionCompleted completed -> timers.clear();
      }
    }
    ExecutionState replayed = engine.replay(state.identity(), journal);
    assertThat(replayed.snapshot()).as("replayed state").isEqualTo(state.snapshot());
  }

  ExecutionState state() {
    return state;
  }

  /** The task of {@code resource} that the engine asked for and nobody has answered yet. */
  Effect.InvokeTask pendingTask(String resource) {
    return pendingTasks.stream()
        .filter(task -> task.resource().equals(resource))
        .findFirst()
        .orElseThrow();
  }

  /** The events of the execution's own history. */
  List<HistoryEvent> history() {
    return journal.stream().filter(state::isOwnEvent).toList();
  }

  /** Every event, child executions' included, in the order they happened. */
  List<HistoryEvent> journal() {
    return journal;
  }

  long now() {
    return now;
  }

  List<String> types() {
    return history().stream().map(e -> e.type().awsName()).toList();
  }

  /** Each event as {@code id/previousEventId Type}. */
  List<String> links() {
    return history().stream()
        .map(e -> e.id() + "/" + e.previousEventId() + " " + e.type().awsName())
        .toList();
  }

  /** Parses JSON written with single quotes for readability in Java strings. */
  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json.replace('\'', '"'));
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
