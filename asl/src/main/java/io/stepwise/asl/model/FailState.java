package io.stepwise.asl.model;

/**
 * A Fail state.
 *
 * @param error {@code Error} or {@code ErrorPath}, or {@code null}
 * @param cause {@code Cause} or {@code CausePath}, or {@code null}
 */
public record FailState(
    String name, String comment, QueryLanguage queryLanguage, ValueSource error, ValueSource cause)
    implements State {}
