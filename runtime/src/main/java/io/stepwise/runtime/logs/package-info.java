/**
 * Execution logs as AWS Step Functions writes them to CloudWatch Logs, kept in files.
 *
 * <p>A machine's {@code loggingConfiguration} ({@link io.stepwise.runtime.logs.LoggingSettings})
 * picks a log group, a level ({@link io.stepwise.runtime.logs.LogLevel}) and whether inputs and
 * outputs are included. Once a step of an execution is committed, its history events pass the
 * level's filter, are formatted as AWS's log events ({@link
 * io.stepwise.runtime.logs.LogEventFormat}) and handed to the {@link
 * io.stepwise.runtime.logs.LogFileWriter}, whose own thread appends them to the log group's file
 * ({@link io.stepwise.runtime.logs.LogGroupFiles}): logging never waits on a file.
 */
package io.stepwise.runtime.logs;
