package io.stepwise.asl.model;

import io.stepwise.asl.template.PayloadTemplate;
import java.util.List;

/**
 * A Choice state.
 *
 * @param defaultState the {@code Default} state's name, or {@code null}
 */
public record ChoiceState(
    String name,
    String comment,
    QueryLanguage queryLanguage,
    PathField inputPath,
    PathField outputPath,
    List<ChoiceRule.Choice> choices,
    String defaultState,
    PayloadTemplate assign,
    PayloadTemplate output)
    implements State {}
