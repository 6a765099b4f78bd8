package io.stepwise.asl.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.intrinsic.IntrinsicCall;
import io.stepwise.asl.jsonata.CompiledJsonata;
import io.stepwise.asl.path.JsonPath;

/**
 * A single value that a state computes at run time from one of the forms ASL allows for it: a
 * literal ({@code TimeoutSeconds}), a path ({@code TimeoutSecondsPath}), an intrinsic function
 * ({@code ErrorPath: "States.Format(...)"}) or a JSONata expression ({@code "{% ... %}"}).
 */
public sealed interface ValueSource
    permits ValueSource.Literal, ValueSource.Path, ValueSource.Intrinsic, ValueSource.Expression {

  /** A value written in the definition. */
  record Literal(JsonNode value) implements ValueSource {}

  /** A value read from the state's input (or the context object, or a variable). */
  record Path(JsonPath path) implements ValueSource {}

  /** A value computed by an intrinsic function. */
  record Intrinsic(IntrinsicCall call) implements ValueSource {}

  /**
   * A JSONata expression.
   *
   * @param jsonata the expression without its {@code {% %}} delimiters
   * @param compiled the parsed expression; a parser reports {@link CompiledJsonata#syntaxError()}
   */
  record Expression(String jsonata, CompiledJsonata compiled) implements ValueSource {
    /** Parses {@code jsonata}, keeping a syntax error in {@link #compiled()}. */
    public Expression(String jsonata) {
      this(jsonata, CompiledJsonata.parse(jsonata));
    }
  }
}
