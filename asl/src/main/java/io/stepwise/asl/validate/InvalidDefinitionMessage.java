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

  /**
   * AWS's message for {@code definition}: a distributed Map's Label is checked by a validator of
   * its own, whose refusal AWS words as a Python exception with the whole definition, {@code
   * Error=ValueError Args=['Label cannot be empty'] in definition '...'.}; every other refusal is
   * {@link #render(List)}.
   */
  public static String render(List<Diagnostic> diagnostics, String definition) {
    return diagnostics.stream()
        .filter(LabelRules::isLabelError)
        .findFirst()
        .map(
            label ->
                "Error=ValueError Args=["
                    + pythonRepr(label.message())
                    + "] in definition '"
                    + definition
                    + "'.")
        .orElseGet(() -> render(diagnostics));
  }

  /**
   * A string as Python's {@code repr} writes it: in single quotes, or in double quotes when it
   * holds a single quote and no double quote; backslashes and the enclosing quote escaped.
   */
  static String pythonRepr(String text) {
    char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(quote);
    for (char c : text.toCharArray()) {
      if (c == '\\' || c == quote) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append(quote).toString();
  }
}
