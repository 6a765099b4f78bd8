package io.stepwise.asl.model;

import io.stepwise.asl.path.JsonPath;

/**
 * The value of InputPath, OutputPath, ResultPath or ItemsPath. ASL distinguishes a path from an
 * explicit JSON {@code null} (which discards the input, the output or the result); an absent field
 * is parsed as the path {@code $}.
 */
public sealed interface PathField permits PathField.Select, PathField.Discard {

  /** Selects the part of the document that the path names. */
  record Select(JsonPath path) implements PathField {}

  /** The field was JSON {@code null}. */
  record Discard() implements PathField {
    public static final Discard INSTANCE = new Discard();
  }
}
