package io.stepwise.engine.history;

/**
 * The settings of a Map Run as its distributed Map state evaluated them, or as UpdateMapRun changed
 * them; DescribeMapRun shows them.
 *
 * @param maxConcurrency the most child executions that run at once, 0 for no limit
 * @param toleratedFailureCount ToleratedFailureCount, or -1 when it is not set
 * @param toleratedFailurePercentage ToleratedFailurePercentage, or -1 when it is not set
 */
public record MapRunSettings(
    int maxConcurrency, long toleratedFailureCount, double toleratedFailurePercentage) {}
