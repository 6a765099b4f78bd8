package io.stepwise.runtime.logs;

import io.stepwise.engine.ExecutionStatus;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.ExecutionStore;
import io.stepwise.store.MachineStore;
import io.stepwise.store.StateMachineRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The logs of the executions of one runtime: each execution logs as its machine's {@code
 * loggingConfiguration} says. A machine's revision changes whenever its configuration does, so the
 * settings are read once per revision.
 */
public final class ExecutionLogs {
  private final MachineStore machines;
  private final LogFileWriter writer;
  private final Map<String, LoggingSettings> byRevision = new ConcurrentHashMap<>();

  /**
   * @param writer where the lines go, or {@code null} for a runtime that logs nothing
   */
  public ExecutionLogs(MachineStore machines, LogFileWriter writer) {
    this.machines = machines;
    this.writer = writer;
  }

  /** The log of an execution; {@code durable} for a Standard one, whose logs survive a restart. */
  public ExecutionLog of(ExecutionRecord row, boolean durable) {
    if (writer == null) {
      return ExecutionLog.OFF;
    }
    LoggingSettings settings =
        byRevision.computeIfAbsent(
            row.stateMachineArn() + '\n' + row.revisionId(),
            key -> settings(row.stateMachineArn()));
    return settings.enabled()
        ? new ExecutionLog(settings, row.arn(), row.redriveCount(), durable, writer)
        : ExecutionLog.OFF;
  }

  /**
   * After a restart, before running executions are restored (they catch up as they are), completes
   * the logs of the executions that had begun logging and ended before their last lines were
   * written: the events after their last written line are logged again. An execution whose machine
   * no longer logs is forgotten.
   */
  public void catchUp(ExecutionStore executions) {
    if (writer == null) {
      return;
    }
    for (String arn : writer.executionsInProgress()) {
      Optional<ExecutionRecord> row = executions.execution(arn);
      ExecutionLog log = row.map(r -> of(r, true)).orElse(ExecutionLog.OFF);
      if (log == ExecutionLog.OFF) {
        writer.forget(arn);
      } else if (row.get().status() != ExecutionStatus.RUNNING) {
        log.recover(executions.history(arn));
        log.committed(List.of(), true);
      }
    }
  }

  private LoggingSettings settings(String machineArn) {
    return machines
        .machine(machineArn)
        .map(StateMachineRecord::loggingConfiguration)
        .map(LoggingSettings::parse)
        .orElse(LoggingSettings.OFF);
  }
}
