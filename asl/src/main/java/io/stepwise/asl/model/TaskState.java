package io.stepwise.asl.model;

import io.stepwise.asl.template.PayloadTemplate;
import java.util.List;

/**
 * A Task state.
 *
 * @param parameters {@code Parameters} (JSONPath) or {@code Arguments} (JSONata), or {@code null}
 * @param timeoutSeconds {@code TimeoutSeconds} or {@code TimeoutSecondsPath}, or {@code null}
 * @param heartbeatSeconds {@code HeartbeatSeconds} or {@code HeartbeatSecondsPath}, or {@code null}
 * @param credentials the raw {@code Credentials} template, or {@code null}
 */
public record TaskState(
    String name,
    String comment,
    QueryLanguage queryLanguage,
    Transition transition,
    String resource,
    PathField inputPath,
    PayloadTemplate parameters,
    PayloadTemplate resultSelector,
    PathField resultPath,
    PathField outputPath,
    ValueSource timeoutSeconds,
    ValueSource heartbeatSeconds,
    PayloadTemplate credentials,
    List<Retrier> retry,
    List<Catcher> catchers,
    PayloadTemplate assign,
    PayloadTemplate output)
    implements State {}
