package io.stepwise.asl.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import io.stepwise.asl.diagnostic.AslSyntaxException;
import java.util.Set;

/**
 * A JSONata expression of a definition (the text between {@code {%} and {@code %}}), parsed once
 * when the definition is read. Executions evaluate the parsed form; they never parse again.
 *
 * <p>A holder either carries the parsed expression or, when the text does not parse, the parser's
 * message: {@link #compile} turns that message into an {@link AslSyntaxException} so that the
 * definition parser reports it at the field's location. Two holders are equal when their texts are.
 */
public final class CompiledJsonata {
  private final String text;
  private final Jsonata expression;
  private final String syntaxError;
  private final Set<String> variableNames;

  private CompiledJsonata(
      String text, Jsonata expression, String syntaxError, Set<String> variableNames) {
    this.text = text;
    this.expression = expression;
    this.syntaxError = syntaxError;
    this.variableNames = variableNames;
  }

  /**
   * Parses {@code text}.
   *
   * @throws AslSyntaxException with the JSONata parser's message (for example {@code Unexpected end
   *     of expression}) when the text is not a JSONata expression
   */
  public static CompiledJsonata compile(String text) throws AslSyntaxException {
    CompiledJsonata compiled = parse(text);
    if (compiled.syntaxError != null) {
      throw new AslSyntaxException(compiled.syntaxError);
    }
    return compiled;
  }

  /**
   * Parses {@code text}, keeping a syntax error as {@link #syntaxError()} instead of throwing it;
   * for callers that report errors after building the model.
   */
  public static CompiledJsonata parse(String text) {
    try {
      Jsonata expression = Jsonata.jsonata(text);
      // Keep JSONata's null apart from "no result" (Java null) in results: AWS fails a field whose
      // expression yields nothing, and writes null for a JSONata null.
      expression.setOutputConvertNulls(false);
      return new CompiledJsonata(text, expression, null, VariableNames.referencedIn(text));
    } catch (JException invalid) {
      return new CompiledJsonata(text, null, JsonataMessages.describe(invalid), Set.of());
    }
  }

  /** The expression as written, without its delimiters. */
  public String text() {
    return text;
  }

  /** The parser's message when the text is not a JSONata expression, else {@code null}. */
  public String syntaxError() {
    return syntaxError;
  }

  /**
   * The parsed expression, thread-safe to evaluate when every evaluation passes its own bindings
   * frame; {@code null} when {@link #syntaxError()} is set.
   */
  public Jsonata expression() {
    return expression;
  }

  /**
   * Every name written as {@code $name} in the expression (without the {@code $}), so that an
   * evaluation binds only the workflow variables the expression can read. The set may hold names
   * that are local to the expression or built-in functions; binding those is harmless because inner
   * definitions shadow outer bindings.
   */
  public Set<String> variableNames() {
    return variableNames;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CompiledJsonata that && text.equals(that.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return "{% " + text + " %}";
  }
}
