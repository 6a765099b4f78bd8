package io.stepwise.store;

/** One entry of an alias's routing configuration: a version and its weight in percent. */
public record AliasRoute(String versionArn, int weight) {}
