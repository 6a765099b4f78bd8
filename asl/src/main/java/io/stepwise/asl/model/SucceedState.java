package io.stepwise.asl.model;

import io.stepwise.asl.template.PayloadTemplate;

/** A Succeed state. */
public record SucceedState(
    String name,
    String comment,
    QueryLanguage queryLanguage,
    PathField inputPath,
    PathField outputPath,
    PayloadTemplate output)
    implements State {}
