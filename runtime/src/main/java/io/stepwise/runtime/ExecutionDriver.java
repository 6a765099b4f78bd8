package io.stepwise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.engine.Command;
import io.stepwise.engine.Decision;
import io.stepwise.engine.Effect;
import io.stepwise.engine.Engine;
import io.stepwise.engine.ExecutionIdentity;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.state.ExecutionState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Drives one execution to its end: commits each decision's events to the history, then performs its
 * effects. Commands wait in a queue; timers wait in a queue ordered by due time, and with a virtual
 * clock the next timer fires as soon as nothing else is left to do.
 */
final class ExecutionDriver {
  private final Engine engine;
  private final ExecutionState state;
  private final TaskRegistry tasks;
  private final RuntimeClock clock;
  private final List<HistoryEvent> history = new ArrayList<>();
  private final List<HistoryEvent> events = new ArrayList<>();
  private final ArrayDeque<Command> commands = new ArrayDeque<>();
  private final LinkedBlockingQueue<Command> completions = new LinkedBlockingQueue<>();
  private final PriorityQueue<Timer> timers = new PriorityQueue<>();
  private int tasksInFlight;
  private long timerSequence;

  private record Timer(long due, long sequence, long id) implements Comparable<Timer> {
    @Override
    public int compareTo(Timer other) {
      int byDue = Long.compare(due, other.due);
      return byDue != 0 ? byDue : Long.compare(sequence, other.sequence);
    }
  }

  ExecutionDriver(
      Engine engine, ExecutionIdentity identity, TaskRegistry tasks, RuntimeClock clock) {
    this.engine = engine;
    this.state = engine.newExecution(identity);
    this.tasks = tasks;
    this.clock = clock;
  }

  ExecutionResult run(JsonNode input) {
    commands.add(new Command.Start(input));
    while (state.status() == ExecutionStatus.RUNNING) {
      Command next = nextCommand();
      if (next == null) {
        break;
      }
      perform(engine.decide(state, next, clock.millis()));
    }
    return new ExecutionResult(
        state.status(),
        state.output(),
        state.error(),
        state.cause(),
        List.copyOf(history),
        List.copyOf(events),
        state);
  }

  private Command nextCommand() {
    if (!commands.isEmpty()) {
      return commands.poll();
    }
    Command completed = completions.poll();
    if (completed != null) {
      tasksInFlight--;
      return completed;
    }
    if (tasksInFlight > 0 && (clock.isVirtual() || timers.isEmpty())) {
      tasksInFlight--;
      return awaitCompletion(Long.MAX_VALUE);
    }
    Timer timer = timers.poll();
    if (timer == null) {
      return null;
    }
    if (!clock.isVirtual() && tasksInFlight > 0) {
      Command early = awaitCompletion(timer.due() - clock.millis());
      if (early != null) {
        timers.add(timer);
        tasksInFlight--;
        return early;
      }
    }
    waitUntil(timer.due());
    return new Command.TimerFired(timer.id());
  }

  private Command awaitCompletion(long millis) {
    try {
      return millis == Long.MAX_VALUE
          ? completions.take()
          : completions.poll(Math.max(0, millis), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Expected to wait for a task, but was interrupted", e);
    }
  }

  /** Lets time reach {@code due}: a virtual clock jumps, the caller of a real run waits. */
  private void waitUntil(long due) {
    if (clock.isVirtual()) {
      clock.advanceTo(due);
      return;
    }
    // No task is in flight here, so nothing can arrive on the queue: this only lets time pass.
    long delay = due - clock.millis();
    if (delay > 0) {
      awaitCompletion(delay);
    }
  }

  private void perform(Decision decision) {
    events.addAll(decision.events());
    for (HistoryEvent event : decision.events()) {
      if (state.isOwnEvent(event)) {
        history.add(event);
      }
    }
    for (Effect effect : decision.effects()) {
      switch (effect) {
        case Effect.InvokeTask invoke -> invoke(invoke);
        case Effect.StartTimer timer ->
            timers.add(new Timer(timer.dueTime(), timerSequence++, timer.timerId()));
        case Effect.ExecutionCompleted completed -> timers.clear();
      }
    }
  }

  private void invoke(Effect.InvokeTask invoke) {
    TaskInvoker invoker = tasks.invoker(invoke.resource());
    if (invoker == null) {
      commands.add(
          new Command.TaskFailed(
              invoke.token(),
              ErrorNames.TASK_FAILED,
              "No task is registered for the resource " + invoke.resource()));
      return;
    }
    CompletionStage<TaskResult> result;
    try {
      result =
          invoker.invoke(
              invoke.parameters(),
              new TaskContext(invoke.token(), invoke.resource(), invoke.context()));
    } catch (RuntimeException e) {
      commands.add(failure(invoke.token(), e));
      return;
    }
    var future = result.toCompletableFuture();
    if (future.isDone()) {
      commands.add(future.handle((r, e) -> toCommand(invoke.token(), r, e)).join());
      return;
    }
    tasksInFlight++;
    result.whenComplete((r, e) -> completions.add(toCommand(invoke.token(), r, e)));
  }

  private static Command toCommand(long token, TaskResult result, Throwable error) {
    if (error != null) {
      return failure(
          token,
          error instanceof CompletionException c && c.getCause() != null ? c.getCause() : error);
    }
    return switch (result) {
      case TaskResult.Success success -> new Command.TaskSucceeded(token, success.output());
      case TaskResult.Failure failure ->
          new Command.TaskFailed(token, failure.error(), failure.cause());
    };
  }

  private static Command failure(long token, Throwable error) {
    return new Command.TaskFailed(token, error.getClass().getSimpleName(), error.getMessage());
  }
}
