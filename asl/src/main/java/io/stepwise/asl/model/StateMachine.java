package io.stepwise.asl.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parsed state machine definition.
 *
 * @param timeoutSeconds the execution's time limit, or {@code null} for none
 * @param source the definition as it was parsed, for DescribeStateMachine and the console
 */
public record StateMachine(
    Workflow workflow,
    QueryLanguage queryLanguage,
    String comment,
    String version,
    Integer timeoutSeconds,
    JsonNode source) {}
