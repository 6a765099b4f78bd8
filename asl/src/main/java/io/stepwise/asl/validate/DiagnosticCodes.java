package io.stepwise.asl.validate;

/** The diagnostic codes, spelled as AWS spells them in InvalidDefinition messages. */
public final class DiagnosticCodes {
  /** The text is not JSON. */
  public static final String INVALID_JSON_DESCRIPTION = "INVALID_JSON_DESCRIPTION";

  /** A field is missing, unknown, of the wrong type or out of range. */
  public static final String SCHEMA_VALIDATION_FAILED = "SCHEMA_VALIDATION_FAILED";

  /** {@code StartAt}, {@code Next} or {@code Default} names a state that does not exist. */
  public static final String MISSING_TRANSITION_TARGET = "MISSING_TRANSITION_TARGET";

  /** No state of a workflow can be reached from its {@code StartAt}. */
  public static final String UNREACHABLE_STATE = "UNREACHABLE_STATE";

  /** A workflow has no state that ends it. */
  public static final String MISSING_END_STATE = "MISSING_END_STATE";

  /** Two states of the state machine, in any of its workflows, have the same name. */
  public static final String DUPLICATE_STATE_NAME = "DUPLICATE_STATE_NAME";

  /** A state's name breaks the naming rules. */
  public static final String INVALID_STATE_NAME = "INVALID_STATE_NAME";

  /** A JSONata expression ({@code "{% ... %}"}) does not parse. */
  public static final String INVALID_JSONATA_EXPRESSION = "INVALID_JSONATA_EXPRESSION";

  /** A Task's {@code Resource} is not a resource that Step Functions knows. */
  public static final String INVALID_RESOURCE = "INVALID_RESOURCE";

  private DiagnosticCodes() {}
}
