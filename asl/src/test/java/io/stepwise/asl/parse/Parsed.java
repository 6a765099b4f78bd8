package io.stepwise.asl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.asl.model.PathField;
import io.stepwise.asl.model.State;
import io.stepwise.asl.model.ValueSource;

/** Parses test definitions that must be valid, and reads their parts. */
final class Parsed {
  private Parsed() {}

  /** State S of {@code definition}, which must parse without diagnostics. */
  @SuppressWarnings("unchecked")
  static <T extends State> T state(String definition) {
    ParseResult result = DefinitionParser.parse(definition);
    assertThat(result.diagnostics()).isEmpty();
    return (T) result.machine().workflow().state("S");
  }

  /** The text of a selecting path field. */
  static String path(PathField field) {
    assertThat(field).isInstanceOf(PathField.Select.class);
    return ((PathField.Select) field).path().text();
  }

  static String pathText(ValueSource source) {
    assertThat(source).isInstanceOf(ValueSource.Path.class);
    return ((ValueSource.Path) source).path().text();
  }

  static String expression(ValueSource source) {
    assertThat(source).isInstanceOf(ValueSource.Expression.class);
    return ((ValueSource.Expression) source).jsonata();
  }

  static String literal(ValueSource source) {
    assertThat(source).isInstanceOf(ValueSource.Literal.class);
    return ((ValueSource.Literal) source).value().toString();
  }
}
