package io.stepwise.store;

/** What became of a {@link StepCommit}. */
public sealed interface CommitOutcome {

  /** The commit is durable: every part of it is stored. */
  record Committed() implements CommitOutcome {
    public static final Committed INSTANCE = new Committed();
  }

  /**
   * The commit would have created an execution whose name its state machine already has, so no part
   * of it was stored. The service decides whether this is ExecutionAlreadyExists or an idempotent
   * repeat of the same start.
   */
  record NameTaken(ExecutionRecord existing) implements CommitOutcome {}
}
