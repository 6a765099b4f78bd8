package io.stepwise.asl.diagnostic;

/**
 * Thrown by the parsers of the small languages inside a definition (paths, intrinsic functions,
 * payload templates) when the text is not well formed. The definition parser catches it and turns
 * it into a {@link Diagnostic} at the field's location, so it never escapes the asl module's API.
 */
public final class AslSyntaxException extends Exception {

  private final String relativePointer;

  public AslSyntaxException(String message) {
    this(message, "");
  }

  /**
   * @param relativePointer where, inside the field being parsed, the problem is (a JSON pointer
   *     relative to the field; empty for the field itself)
   */
  public AslSyntaxException(String message, String relativePointer) {
    super(message, null, false, false);
    this.relativePointer = relativePointer;
  }

  public String relativePointer() {
    return relativePointer;
  }
}
