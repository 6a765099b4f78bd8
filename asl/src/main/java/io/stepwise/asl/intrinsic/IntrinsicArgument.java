package io.stepwise.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.path.JsonPath;

/** One argument of an intrinsic function call, compiled once. */
public sealed interface IntrinsicArgument
    permits IntrinsicArgument.Literal,
        IntrinsicArgument.Text,
        IntrinsicArgument.Path,
        IntrinsicArgument.Call {

  /** A number, {@code true}, {@code false} or {@code null} written in the call. */
  record Literal(JsonNode value) implements IntrinsicArgument {}

  /**
   * A string literal in single quotes.
   *
   * @param value the string with AWS's escapes ({@code \' \{ \} \\}) resolved
   * @param template for {@code States.Format}: the literal split at its unescaped {@code {}}
   *     placeholders, so that an escaped brace stays a brace
   */
  record Text(JsonNode value, FormatTemplate template) implements IntrinsicArgument {}

  /** A path ({@code $.x}, {@code $$.x} or {@code $variable}) read when the call is evaluated. */
  record Path(JsonPath path) implements IntrinsicArgument {}

  /** A nested call. */
  record Call(IntrinsicCall call) implements IntrinsicArgument {}
}
