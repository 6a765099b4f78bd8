package io.stepwise.asl.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.template.PayloadTemplate;

/**
 * A Pass state.
 *
 * @param parameters {@code Parameters} (JSONPath), or {@code null}
 * @param result the {@code Result} value (never a template), or {@code null}
 * @param assign {@code Assign}, or {@code null}
 * @param output the JSONata {@code Output}, or {@code null}
 */
public record PassState(
    String name,
    String comment,
    QueryLanguage queryLanguage,
    Transition transition,
    PathField inputPath,
    PayloadTemplate parameters,
    JsonNode result,
    PathField resultPath,
    PathField outputPath,
    PayloadTemplate assign,
    PayloadTemplate output)
    implements State {}
