package io.stepwise.conformance;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.asl.diagnostic.Diagnostic;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.asl.parse.ParseResult;
import io.stepwise.asl.validate.MachineType;
import io.stepwise.engine.Engine;
import io.stepwise.engine.EngineOptions;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.runtime.ExecutionResult;
import io.stepwise.runtime.InMemoryRuntime;
import io.stepwise.runtime.RunOptions;
import io.stepwise.runtime.RuntimeClock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a corpus case as AWS ran it: parses its definition for its machine type and runs it with its
 * input on the in-memory runtime, on a virtual clock. It also rebuilds the execution's state from
 * the history it produced, as a recovery would; a replay that differs from the live state makes the
 * case fail. A case that cannot run (a refused definition, an engine that throws or does not finish
 * in time) becomes an {@link ActualExecution#notRun}, so that one bug shows in the report instead
 * of ending the run.
 */
final class CaseRunner {
  private static final long TIME_LIMIT_SECONDS = 20;
  private static final String MACHINE_NAME = "ConformanceCase";

  /**
   * The instant at which the recorder wrote the corpus's time-relative inputs. Some cases give a
   * Wait state a timestamp of "now plus N days", resolved when the inputs were written; their
   * boundaries (AWS refuses a delay beyond 2^31 - 1 seconds) only hold on a clock that starts
   * there, so every case runs on a virtual clock that starts at that instant, not at today's date.
   */
  private static final long CORPUS_INPUTS_WRITTEN =
      Instant.parse("2026-11-22T03:32:33Z").toEpochMilli();

  private final ObjectMapper json = new ObjectMapper();
  private final InMemoryRuntime runtime = new InMemoryRuntime();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          task -> Thread.ofPlatform().daemon().name("conformance-case").unstarted(task));

  ActualExecution run(RecordedCase recorded) {
    Future<ActualExecution> running = worker.submit(() -> runNow(recorded));
    try {
      return running.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      running.cancel(true);
      return ActualExecution.notRun("did not finish within " + TIME_LIMIT_SECONDS + " s");
    } catch (ExecutionException e) {
      return ActualExecution.notRun("the engine threw " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ActualExecution.notRun("interrupted");
    }
  }

  private ActualExecution runNow(RecordedCase recorded) throws JacksonException {
    MachineType type =
        "EXPRESS".equals(recorded.stateMachineType()) ? MachineType.EXPRESS : MachineType.STANDARD;
    ParseResult parsed = DefinitionParser.parse(recorded.definition(), type);
    if (!parsed.isValid()) {
      return ActualExecution.notRun(
          "definition refused: "
              + parsed.diagnostics().stream().map(Diagnostic::describe).toList());
    }
    JsonNode input = json.readTree(recorded.input());
    RunOptions options =
        RunOptions.defaults()
            .withNames(MACHINE_NAME, uuid())
            .withClock(RuntimeClock.virtual(CORPUS_INPUTS_WRITTEN));
    Engine engine = new Engine(parsed.machine(), new EngineOptions(options.jitter()));
    ExecutionResult result = runtime.run(engine, input, options);
    String replayed = engine.replay(result.finalState().identity(), result.events()).snapshot();
    if (!replayed.equals(result.finalState().snapshot())) {
      return ActualExecution.notRun(
          "the replay of the history differs from the live state:\n"
              + result.finalState().snapshot()
              + "replayed:\n"
              + replayed);
    }
    List<String> types = result.history().stream().map(CaseRunner::typeName).toList();
    return new ActualExecution(
        result.status().name(), result.output(), result.error(), result.cause(), types);
  }

  private static String typeName(HistoryEvent event) {
    return event.type().awsName();
  }

  /** An execution name as AWS generates one when StartExecution is given none. */
  private static String uuid() {
    return UUID.randomUUID().toString();
  }
}
