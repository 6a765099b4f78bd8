package io.stepwise.asl.diagnostic;

/**
 * One problem found in a definition.
 *
 * @param code a stable identifier of the kind of problem, in AWS's style where AWS has one (for
 *     example {@code SCHEMA_VALIDATION_FAILED}, {@code MISSING_TRANSITION_TARGET})
 * @param pointer where the problem is, as a JSON pointer into the definition (RFC 6901; the empty
 *     string is the whole definition)
 * @param message what is wrong, in a sentence a person understands
 */
public record Diagnostic(String code, String pointer, String message) {

  /** The form AWS uses in InvalidDefinition messages: {@code CODE: message at /States/X}. */
  public String describe() {
    return code + ": " + message + " at " + (pointer.isEmpty() ? "/" : pointer);
  }
}
