package io.stepwise.asl.parse;

import io.stepwise.asl.diagnostic.Diagnostic;
import io.stepwise.asl.model.StateMachine;
import java.util.List;

/**
 * What parsing a definition gives: the state machine, or every problem found in it.
 *
 * @param machine the parsed state machine; {@code null} when there is any diagnostic
 * @param diagnostics every problem found, in the order found; empty when the definition is valid
 */
public record ParseResult(StateMachine machine, List<Diagnostic> diagnostics) {

  public ParseResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean isValid() {
    return diagnostics.isEmpty();
  }
}
