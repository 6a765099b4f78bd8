package io.stepwise.asl.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One element of a state's {@code Catch} field.
 *
 * @param resultPath where the error output goes (JSONPath states; {@code $} when absent)
 * @param assign the raw {@code Assign} object, or {@code null}
 * @param output the raw JSONata {@code Output} value, or {@code null}
 */
public record Catcher(
    List<String> errorEquals,
    String next,
    PathField resultPath,
    JsonNode assign,
    JsonNode output) {}
