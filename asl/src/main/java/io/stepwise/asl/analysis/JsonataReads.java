package io.stepwise.asl.analysis;

import io.stepwise.asl.jsonata.CompiledJsonata;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workflow variables a JSONata expression reads: the {@code $name}s it contains, less {@code
 * $states}, the functions it calls ({@code $count(...)}) and the names it binds itself ({@code $x
 * := ...} and the parameters of its {@code function(...)} lambdas). A name that is both called and
 * read as a value counts as read.
 */
final class JsonataReads {
  private static final String RESERVED = "states";
  private static final Pattern LAMBDA_PARAMETERS = Pattern.compile("function\\s*\\(([^)]*)\\)");

  private JsonataReads() {}

  static Set<String> variablesRead(CompiledJsonata expression) {
    String text = expression.text();
    Set<String> bound = boundNames(text);
    Set<String> read = new TreeSet<>();
    for (String name : expression.variableNames()) {
      if (!name.equals(RESERVED) && !bound.contains(name) && isReadAsValue(text, name)) {
        read.add(name);
      }
    }
    return read;
  }

  /** Whether some {@code $name} in {@code text} is not the callee of a function call. */
  private static boolean isReadAsValue(String text, String name) {
    Matcher uses =
        Pattern.compile("\\$" + Pattern.quote(name) + "(?![\\p{L}\\p{N}_])\\s*(\\()?")
            .matcher(text);
    while (uses.find()) {
      if (uses.group(1) == null) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> boundNames(String text) {
    Set<String> bound = new TreeSet<>();
    Matcher assignments = Pattern.compile("\\$([\\p{L}\\p{N}_]+)\\s*:=").matcher(text);
    while (assignments.find()) {
      bound.add(assignments.group(1));
    }
    Matcher lambdas = LAMBDA_PARAMETERS.matcher(text);
    while (lambdas.find()) {
      Matcher parameters = Pattern.compile("\\$([\\p{L}\\p{N}_]+)").matcher(lambdas.group(1));
      while (parameters.find()) {
        bound.add(parameters.group(1));
      }
    }
    return bound;
  }
}
