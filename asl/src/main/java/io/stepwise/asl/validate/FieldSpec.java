package io.stepwise.asl.validate;

/**
 * What a definition field may hold.
 *
 * @param kind its JSON type
 * @param scope the query language it belongs to
 * @param expression whether, in a JSONata state, a {@code "{% %}"} expression may stand in for it
 */
record FieldSpec(FieldKind kind, Scope scope, boolean expression) {

  /** The query languages in which a field may appear. */
  enum Scope {
    BOTH,
    JSONPATH_ONLY,
    JSONATA_ONLY
  }

  static FieldSpec of(FieldKind kind) {
    return new FieldSpec(kind, Scope.BOTH, false);
  }

  static FieldSpec jsonPath(FieldKind kind) {
    return new FieldSpec(kind, Scope.JSONPATH_ONLY, false);
  }

  static FieldSpec jsonata(FieldKind kind) {
    return new FieldSpec(kind, Scope.JSONATA_ONLY, true);
  }

  /** A field of {@code kind} that a JSONata state may also compute with an expression. */
  static FieldSpec computed(FieldKind kind) {
    return new FieldSpec(kind, Scope.BOTH, true);
  }
}
