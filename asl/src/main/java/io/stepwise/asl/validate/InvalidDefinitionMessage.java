package io.stepwise.asl.validate;

import io.stepwise.asl.diagnostic.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/** Renders diagnostics as the message of AWS's {@code InvalidDefinition} error. */
public final class InvalidDefinitionMessage {
  private InvalidDefinitionMessage() {}

  /**
   * AWS's form: {@code Invalid State Machine Definition: 'CODE: message at /pointer'}, with the
   * diagnostics separated by commas inside the quotes.
   */
  public static String render(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .map(Diagnostic::describe)
        .collect(Collectors.joining(", ", "Invalid State Machine Definition: '", "'"));
  }
}
