package io.stepwise.asl.model;

/**
 * One state of a workflow, as parsed from its definition. The records are pure data: what a state
 * does is decided in the engine, by a {@code switch} over this sealed type.
 *
 * <p>Fields that may be absent are {@code null} unless their type says otherwise: {@link PathField}
 * fields are never null (an absent path is {@code $}), lists are never null (an absent list is
 * empty).
 */
public sealed interface State
    permits PassState,
        TaskState,
        ChoiceState,
        WaitState,
        SucceedState,
        FailState,
        ParallelState,
        MapState {

  /** The state's key in its {@code States} object. */
  String name();

  /** The effective query language: the state's own, or else its state machine's. */
  QueryLanguage queryLanguage();

  /** The {@code Type} field as written in definitions, for example {@code Pass}. */
  default String typeName() {
    return switch (this) {
      case PassState s -> "Pass";
      case TaskState s -> "Task";
      case ChoiceState s -> "Choice";
      case WaitState s -> "Wait";
      case SucceedState s -> "Succeed";
      case FailState s -> "Fail";
      case ParallelState s -> "Parallel";
      case MapState s -> "Map";
    };
  }
}
