package io.stepwise.asl.model;

/** Where a state goes when it completes: the {@code Next} state, or the end of its workflow. */
public sealed interface Transition permits Transition.Next, Transition.End {

  /** Continues with the state named {@code state}. */
  record Next(String state) implements Transition {}

  /** Ends the workflow (the execution, a Parallel branch or a Map iteration). */
  record End() implements Transition {
    public static final End INSTANCE = new End();
  }
}
