/**
 * Execution logs as AWS Step Functions writes them to CloudWatch Logs, kept in files.
 *
 * <p>A machine's {@code loggingConfiguration} ({@link io.stepwise.runtime.logs.LoggingSettings})
 * picks a log group, a level ({@link io.stepwise.runtime.logs.LogLevel}) and whether inputs and
 * outputs are included. Once a step of an execution is committed, its {@link
 * io.stepwise.runtime.logs.ExecutionLog} keeps the history events that pass the level's filter and
 * hands them to the {@link io.stepwise.runtime.logs.LogFileWriter}, whose own thread formats them
 * as AWS's log events ({@link io.stepwise.runtime.logs.LogEventFormat}) and appends them to the log
 * group's file ({@link io.stepwise.runtime.logs.LogGroupFiles}): a step never waits on a log.
 */
package io.stepwise.runtime.logs;
