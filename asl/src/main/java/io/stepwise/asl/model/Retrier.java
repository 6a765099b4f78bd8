package io.stepwise.asl.model;

import java.util.List;

/**
 * One element of a state's {@code Retry} field, with ASL's defaults filled in by the parser
 * (IntervalSeconds 1, MaxAttempts 3, BackoffRate 2.0, JitterStrategy NONE).
 *
 * @param maxDelaySeconds the cap on the interval, or {@code null} when there is none
 */
public record Retrier(
    List<String> errorEquals,
    int intervalSeconds,
    int maxAttempts,
    double backoffRate,
    Integer maxDelaySeconds,
    JitterStrategy jitterStrategy) {}
