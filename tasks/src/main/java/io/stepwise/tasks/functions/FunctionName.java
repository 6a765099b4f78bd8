package io.stepwise.tasks.functions;

import java.util.Optional;

/**
 * A function reference as Lambda accepts it in FunctionName: {@code my-function}, {@code
 * my-function:v1}, {@code 123456789012:function:my-function} or a full ARN, each with an optional
 * version or alias qualifier.
 *
 * @param name the bare function name
 * @param qualifier the version or alias, when one was given
 */
public record FunctionName(String name, Optional<String> qualifier) {

  /** Reads any of the forms Lambda accepts. */
  public static FunctionName parse(String reference) {
    String[] parts = reference.split(":", -1);
    int index = functionKeyword(parts);
    if (index < 0) {
      return parts.length > 1
          ? new FunctionName(parts[0], Optional.of(parts[1]))
          : new FunctionName(reference, Optional.empty());
    }
    String name = index + 1 < parts.length ? parts[index + 1] : "";
    Optional<String> qualifier =
        index + 2 < parts.length ? Optional.of(parts[index + 2]) : Optional.empty();
    return new FunctionName(name, qualifier);
  }

  private static int functionKeyword(String[] parts) {
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].equals("function")) {
        return i;
      }
    }
    return -1;
  }
}
