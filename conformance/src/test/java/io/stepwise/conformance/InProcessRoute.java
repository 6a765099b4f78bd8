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
import java.util.List;
import java.util.UUID;

/**
 * Runs a case in-process, as a test suite or {@code stepwise run} does: parses its definition for
 * its machine type and runs it with its input on the in-memory runtime, on a virtual clock. It also
 * rebuilds the execution's state from the history it produced, as a recovery would; a replay that
 * differs from the live state makes the case fail.
 */
final class InProcessRoute implements CaseRoute {
  private static final String MACHINE_NAME = "ConformanceCase";

  private final ObjectMapper json = new ObjectMapper();
  private final InMemoryRuntime runtime = new InMemoryRuntime();

  @Override
  public String description() {
    return "the parser and the in-memory runtime";
  }

  @Override
  public ActualExecution run(RecordedCase recorded) throws JacksonException {
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
    List<String> types = result.history().stream().map(InProcessRoute::typeName).toList();
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
