package io.stepwise.asl.model;

import io.stepwise.asl.template.PayloadTemplate;

/** A Wait state. */
public record WaitState(
    String name,
    String comment,
    QueryLanguage queryLanguage,
    Transition transition,
    PathField inputPath,
    PathField outputPath,
    WaitDuration duration,
    PayloadTemplate assign,
    PayloadTemplate output)
    implements State {

  /** How long the state waits: {@code Seconds(Path)} or {@code Timestamp(Path)}. */
  public sealed interface WaitDuration permits Seconds, Timestamp {}

  /** A number of seconds from now. */
  public record Seconds(ValueSource seconds) implements WaitDuration {}

  /** An ISO-8601 timestamp to wait until. */
  public record Timestamp(ValueSource timestamp) implements WaitDuration {}
}
