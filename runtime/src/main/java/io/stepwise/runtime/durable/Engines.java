package io.stepwise.runtime.durable;

import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.asl.parse.ParseResult;
import io.stepwise.asl.validate.MachineType;
import io.stepwise.engine.Engine;
import io.stepwise.store.MachineStore;
import io.stepwise.store.StateMachineType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The compiled engine of every revision of a state machine that runs, compiled once. A revision's
 * definition never changes, so an engine is cached by machine ARN and revision id; executions that
 * were started before an update keep running their own revision.
 */
final class Engines {
  private final MachineStore machines;
  private final Map<String, Engine> byRevision = new ConcurrentHashMap<>();

  Engines(MachineStore machines) {
    this.machines = machines;
  }

  /** The engine of a revision whose definition the caller has at hand. */
  Engine of(String machineArn, String revisionId, String definition, StateMachineType type) {
    return byRevision.computeIfAbsent(
        machineArn + '\n' + revisionId, key -> compile(definition, type));
  }

  /** The engine of a stored revision, for an execution that a restart brings back. */
  Engine stored(String machineArn, String revisionId) {
    return byRevision.computeIfAbsent(
        machineArn + '\n' + revisionId,
        key ->
            compile(
                machines
                    .definition(machineArn, revisionId)
                    .orElseThrow(
                        () ->
                            new IllegalStateException(
                                "Expected revision "
                                    + revisionId
                                    + " of "
                                    + machineArn
                                    + " to be stored, but it is not")),
                StateMachineType.STANDARD));
  }

  private static Engine compile(String definition, StateMachineType type) {
    ParseResult parsed =
        DefinitionParser.parse(
            definition,
            type == StateMachineType.EXPRESS ? MachineType.EXPRESS : MachineType.STANDARD);
    if (!parsed.isValid()) {
      throw new IllegalStateException(
          "Expected a definition that passed validation, but got " + parsed.diagnostics());
    }
    return new Engine(parsed.machine());
  }
}
