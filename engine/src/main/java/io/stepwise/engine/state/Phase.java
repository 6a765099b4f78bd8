package io.stepwise.engine.state;

/** Where a thread of control stands with its current state. */
public enum Phase {
  /** Created; its first state has not been entered yet. */
  STARTING,
  /** The current state was entered and is being evaluated (or waits for its timer). */
  ENTERED,
  /** A Task state waits for its task's result. */
  TASK_RUNNING,
  /** A Map or Parallel state waits for its iterations or branches. */
  CHILDREN,
  /** The current state failed and a retrier matched: it waits for the retry timer. */
  RETRY_WAIT,
  /** The current state failed and no retrier matched: a catcher handles it or the thread fails. */
  FAILED,
  /** The current state exited; the next one has not been entered yet. */
  EXITED,
  /** The thread reached the end of its workflow. */
  SUCCEEDED,
  /** The thread ended with its failure. */
  THREAD_FAILED,
  /**
   * The thread had not succeeded when its execution ended, and the execution was redriven: it
   * enters its current state again (or its first state, if it had none), with the same input.
   */
  REDRIVEN,
  /** The thread was stopped because its execution, branch or Map state ended first. */
  ABORTED
}
