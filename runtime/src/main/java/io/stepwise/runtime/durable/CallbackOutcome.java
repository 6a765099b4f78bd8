package io.stepwise.runtime.durable;

/** What became of a callback (SendTaskSuccess, SendTaskFailure, SendTaskHeartbeat) to a task. */
public enum CallbackOutcome {
  /** The task's execution got it. */
  ACCEPTED,
  /** The token is not one that Stepwise gave out. */
  INVALID_TOKEN,
  /** No running task has the token: it never existed, has ended, or its execution has. */
  NO_SUCH_TASK,
  /** The task timed out before the callback came. */
  TIMED_OUT
}
