package io.stepwise.asl.model;

import io.stepwise.asl.template.PayloadTemplate;
import java.util.List;

/**
 * A Parallel state.
 *
 * @param parameters {@code Parameters} (JSONPath) or {@code Arguments} (JSONata), or {@code null}
 */
public record ParallelState(
    String name,
    String comment,
    QueryLanguage queryLanguage,
    Transition transition,
    List<Workflow> branches,
    PathField inputPath,
    PayloadTemplate parameters,
    PayloadTemplate resultSelector,
    PathField resultPath,
    PathField outputPath,
    List<Retrier> retry,
    List<Catcher> catchers,
    PayloadTemplate assign,
    PayloadTemplate output)
    implements State {}
