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
import io.stepwise.runtime.mocks.MockedExecution;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
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
  private final MockedExecution mocks;
  private final List<HistoryEvent> events = new ArrayList<>();

  /**
   * The execution's own events, kept apart only once a child execution of a distributed Map adds
   * events of its own: until then the history is {@link #events} itself.
   */
  private List<HistoryEvent> history;

  // Most executions run to their end in their first decision: the queues are created on first use.
  private ArrayDeque<Command> commands;
  private LinkedBlockingQueue<Command> completions;
  private PriorityQueue<Timer> timers;
  private int tasksInFlight;
  private long timerSequence;

  private record Timer(long due, long sequence, long id) implements Comparable<Timer> {
    @Override
    public int compareTo(Timer other) {
      int byDue = Long.compare(due, other.due);
      return byDue != 0 ? byDue : Long.compare(sequence, other.sequence);
    }
  }

  /**
   * @param mocks the test case that answers mocked states, or {@code null} for a run without one
   */
  ExecutionDriver(
      Engine engine,
      ExecutionIdentity identity,
      TaskRegistry tasks,
      RuntimeClock clock,
      MockedExecution mocks) {
    this.engine = engine;
    this.state = engine.newExecution(identity);
    this.tasks = tasks;
    this.clock = clock;
    this.mocks = mocks;
  }

  ExecutionResult run(JsonNode input) {
    Command next = new Command.Start(input);
    while (next != null) {
      perform(engine.decide(state, next, clock.millis()));
      next = state.status() == ExecutionStatus.RUNNING ? nextCommand() : null;
    }
    // The driver ends here, so the lists need no copy: only the views leave it.
    List<HistoryEvent> all = Collections.unmodifiableList(events);
    return new ExecutionResult(
        state.status(),
        state.output(),
        state.error(),
        state.cause(),
        history == null ? all : Collections.unmodifiableList(history),
        all,
        state);
  }

  private Command nextCommand() {
    if (commands != null && !commands.isEmpty()) {
      return commands.poll();
    }
    Command completed = completions == null ? null : completions.poll();
    if (completed != null) {
      return settled(completed);
    }
    if (tasksInFlight > 0 && (clock.isVirtual() || timers == null || timers.isEmpty())) {
      return settled(awaitCompletion(Long.MAX_VALUE));
    }
    Timer timer = timers == null ? null : timers.poll();
    if (timer == null) {
      return null;
    }
    if (!clock.isVirtual() && tasksInFlight > 0) {
      Command early = awaitCompletion(timer.due() - clock.millis());
      if (early != null) {
        timers.add(timer);
        return settled(early);
      }
    }
    waitUntil(timer.due());
    return new Command.TimerFired(timer.id());
  }

  /**
   * A task's completion taken from the queue: the task is no longer in flight, unless it only
   * submitted a job ({@code .sync}), whose result comes later.
   */
  private Command settled(Command completion) {
    if (!(completion instanceof Command.TaskSubmitted)) {
      tasksInFlight--;
    }
    return completion;
  }

  private Command awaitCompletion(long millis) {
    try {
      return millis == Long.MAX_VALUE
          ? completions().take()
          : completions().poll(Math.max(0, millis), TimeUnit.MILLISECONDS);
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

  private ArrayDeque<Command> commands() {
    if (commands == null) {
      commands = new ArrayDeque<>();
    }
    return commands;
  }

  private LinkedBlockingQueue<Command> completions() {
    if (completions == null) {
      completions = new LinkedBlockingQueue<>();
    }
    return completions;
  }

  private void perform(Decision decision) {
    if (mocks != null) {
      mocks.record(decision.events());
    }
    for (HistoryEvent event : decision.events()) {
      boolean own = state.isOwnEvent(event);
      if (history == null && !own) {
        history = new ArrayList<>(events);
      }
      events.add(event);
      if (history != null && own) {
        history.add(event);
      }
    }
    for (Effect effect : decision.effects()) {
      switch (effect) {
        case Effect.InvokeTask invoke -> invoke(invoke);
        case Effect.StartTimer timer -> startTimer(timer);
        case Effect.ExecutionCompleted completed -> {
          if (timers != null) {
            timers.clear();
          }
        }
      }
    }
  }

  private void startTimer(Effect.StartTimer timer) {
    if (timers == null) {
      timers = new PriorityQueue<>();
    }
    timers.add(new Timer(timer.dueTime(), timerSequence++, timer.timerId()));
  }

  private void invoke(Effect.InvokeTask invoke) {
    List<Command> mocked = mocks == null ? List.of() : mocks.answer(invoke, state);
    if (!mocked.isEmpty()) {
      commands().addAll(mocked);
      return;
    }
    TaskInvoker invoker = tasks.invoker(invoke.resource());
    if (invoker == null) {
      commands()
          .add(
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
      commands().add(failure(invoke.token(), e));
      return;
    }
    var future = result.toCompletableFuture();
    boolean submission =
        future.state() == Future.State.SUCCESS
            && future.resultNow() instanceof TaskResult.Submitted;
    if (future.isDone() && !submission) {
      commands().add(future.handle((r, e) -> toCommand(invoke.token(), r, e)).join());
      return;
    }
    tasksInFlight++;
    complete(invoke.token(), result, completions());
  }

  /** Queues the task's result when it comes; a submitted job's TaskSubmitted comes first. */
  private static void complete(
      long token, CompletionStage<TaskResult> result, LinkedBlockingQueue<Command> queue) {
    result.whenComplete(
        (r, e) -> {
          if (e == null && r instanceof TaskResult.Submitted submitted) {
            if (submitted.output() != null) {
              queue.add(new Command.TaskSubmitted(token, submitted.output()));
            }
            complete(token, submitted.result(), queue);
          } else {
            queue.add(toCommand(token, r, e));
          }
        });
  }

  private static Command toCommand(long token, TaskResult result, Throwable error) {
    if (error != null) {
      return failure(
          token,
          error instanceof CompletionException c && c.getCause() != null ? c.getCause() : error);
    }
    return result.command(token);
  }

  private static Command failure(long token, Throwable error) {
    return new Command.TaskFailed(token, error.getClass().getSimpleName(), error.getMessage());
  }
}
