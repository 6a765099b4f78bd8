package io.stepwise.asl.parse;

import io.stepwise.asl.diagnostic.AslSyntaxException;
import io.stepwise.asl.path.JsonPath;

/** The path {@code $}, which absent InputPath, OutputPath, ResultPath and ItemsPath stand for. */
final class RootPath {
  static final JsonPath PATH = parseRoot();

  private RootPath() {}

  private static JsonPath parseRoot() {
    try {
      return JsonPath.parse("$");
    } catch (AslSyntaxException impossible) {
      throw new IllegalStateException("The path parser rejects '$'", impossible);
    }
  }
}
