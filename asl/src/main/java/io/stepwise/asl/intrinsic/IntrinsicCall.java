package io.stepwise.asl.intrinsic;

import io.stepwise.asl.diagnostic.AslSyntaxException;
import java.util.List;

/**
 * A compiled intrinsic function call such as {@code States.Format('{}', $.name)}: the function, its
 * compiled arguments and the text as written (AWS quotes it in error causes).
 */
public final class IntrinsicCall {
  private final String text;
  private final IntrinsicFunction function;
  private final List<IntrinsicArgument> arguments;

  IntrinsicCall(String text, IntrinsicFunction function, List<IntrinsicArgument> arguments) {
    this.text = text;
    this.function = function;
    this.arguments = List.copyOf(arguments);
  }

  /**
   * Parses {@code States.Name(arg, ...)}, checking the function's name and argument count.
   *
   * @throws AslSyntaxException when the text is not a well-formed call of a known function
   */
  public static IntrinsicCall parse(String text) throws AslSyntaxException {
    return new IntrinsicParser(text).parseWhole();
  }

  /** Whether {@code text} looks like an intrinsic call rather than a path. */
  public static boolean looksLikeCall(String text) {
    return text.startsWith("States.");
  }

  public String text() {
    return text;
  }

  public IntrinsicFunction function() {
    return function;
  }

  public List<IntrinsicArgument> arguments() {
    return arguments;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IntrinsicCall call && call.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
