package io.stepwise.store;

import io.stepwise.engine.ExecutionStatus;
import java.util.Locale;

/**
 * A ListExecutions query. Every filter that is {@code null} matches every execution; results come
 * newest first, in the order the executions were created.
 *
 * @param stateMachineArn only executions of this machine
 * @param qualifierArn only executions started with this version or through this alias
 * @param status only executions with this status
 * @param nameContains only executions whose name contains this text, ignoring case (the console's
 *     search; ListExecutions has no such filter)
 * @param limit the largest number of executions on one page, at least 1
 * @param cursor the {@link Page#nextCursor} of the previous page, or {@code null} for the first
 * @param redriven only executions that were redriven at least once ({@code true}) or never ({@code
 *     false})
 */
public record ExecutionQuery(
    String stateMachineArn,
    String qualifierArn,
    ExecutionStatus status,
    String nameContains,
    int limit,
    String cursor,
    Boolean redriven) {

  public ExecutionQuery {
    if (limit < 1) {
      throw new IllegalArgumentException("Expected a limit of at least 1, but got " + limit);
    }
  }

  /** A query without a name or redrive filter, as most callers make. */
  public ExecutionQuery(
      String stateMachineArn,
      String qualifierArn,
      ExecutionStatus status,
      int limit,
      String cursor) {
    this(stateMachineArn, qualifierArn, status, null, limit, cursor, null);
  }

  /** The first page of a machine's executions, optionally with one status. */
  public static ExecutionQuery byMachine(
      String stateMachineArn, ExecutionStatus status, int limit) {
    return new ExecutionQuery(stateMachineArn, null, status, limit, null);
  }

  /** The same query for the page after {@code page}. */
  public ExecutionQuery next(Page<?> page) {
    return new ExecutionQuery(
        stateMachineArn, qualifierArn, status, nameContains, limit, page.nextCursor(), redriven);
  }

  /** Whether {@code execution} passes the filters (not the cursor). */
  public boolean matches(ExecutionRecord execution) {
    return (stateMachineArn == null || stateMachineArn.equals(execution.stateMachineArn()))
        && (qualifierArn == null
            || qualifierArn.equals(execution.versionArn())
            || qualifierArn.equals(execution.aliasArn()))
        && (status == null || status == execution.status())
        && (nameContains == null
            || execution
                .name()
                .toLowerCase(Locale.ROOT)
                .contains(nameContains.toLowerCase(Locale.ROOT)))
        && (redriven == null || redriven == execution.redriveCount() > 0);
  }
}
