package io.stepwise.asl.model;

/**
 * The comparison operators of Choice rules. Each has a literal form (for example {@code
 * StringEquals}) and, except for the type tests, a path form ({@code StringEqualsPath}) whose
 * operand is read from the input.
 */
public enum ComparisonOperator {
  STRING_EQUALS("StringEquals"),
  STRING_LESS_THAN("StringLessThan"),
  STRING_GREATER_THAN("StringGreaterThan"),
  STRING_LESS_THAN_EQUALS("StringLessThanEquals"),
  STRING_GREATER_THAN_EQUALS("StringGreaterThanEquals"),
  STRING_MATCHES("StringMatches"),
  NUMERIC_EQUALS("NumericEquals"),
  NUMERIC_LESS_THAN("NumericLessThan"),
  NUMERIC_GREATER_THAN("NumericGreaterThan"),
  NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals"),
  NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals"),
  BOOLEAN_EQUALS("BooleanEquals"),
  TIMESTAMP_EQUALS("TimestampEquals"),
  TIMESTAMP_LESS_THAN("TimestampLessThan"),
  TIMESTAMP_GREATER_THAN("TimestampGreaterThan"),
  TIMESTAMP_LESS_THAN_EQUALS("TimestampLessThanEquals"),
  TIMESTAMP_GREATER_THAN_EQUALS("TimestampGreaterThanEquals"),
  IS_NULL("IsNull"),
  IS_PRESENT("IsPresent"),
  IS_NUMERIC("IsNumeric"),
  IS_STRING("IsString"),
  IS_BOOLEAN("IsBoolean"),
  IS_TIMESTAMP("IsTimestamp");

  private final String aslName;

  ComparisonOperator(String aslName) {
    this.aslName = aslName;
  }

  /** The field name of the literal form, for example {@code NumericEquals}. */
  public String aslName() {
    return aslName;
  }

  /** Whether the operator has a {@code ...Path} form: every one but the type tests. */
  public boolean hasPathForm() {
    return !aslName.startsWith("Is") && this != STRING_MATCHES;
  }
}
