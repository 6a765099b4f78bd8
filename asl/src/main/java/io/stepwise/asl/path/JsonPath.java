package io.stepwise.asl.path;

import io.stepwise.asl.diagnostic.AslSyntaxException;
import java.util.List;

/**
 * A compiled JSONPath in the dialect that Step Functions accepts (Jayway JsonPath): the root
 * ({@code $} for the state input, {@code $$} for the context object, {@code $name} for a variable)
 * followed by an immutable list of steps. Parse once with {@link #parse(String)}; evaluate many
 * times with the dataflow module's path evaluator.
 */
public final class JsonPath {

  /** What a path starts from. */
  public enum Root {
    /** {@code $}: the state's input (or whatever document the field applies to). */
    INPUT,
    /** {@code $$}: the context object. */
    CONTEXT,
    /** {@code $name}: a workflow variable. */
    VARIABLE
  }

  private final String text;
  private final Root root;
  private final String variable;
  private final List<PathSegment> segments;
  private final boolean definite;
  private final boolean referencePath;

  JsonPath(String text, Root root, String variable, List<PathSegment> segments) {
    this.text = text;
    this.root = root;
    this.variable = variable;
    this.segments = List.copyOf(segments);
    this.definite = this.segments.stream().allMatch(PathSegment::isDefinite);
    // Computed once: ResultPath asks it of every state that writes a result.
    this.referencePath =
        this.segments.stream()
            .allMatch(s -> s instanceof PathSegment.Field || s instanceof PathSegment.Index);
  }

  /**
   * Parses {@code $...}, {@code $$...} or {@code $variable...}.
   *
   * @throws AslSyntaxException when the text is not a well-formed path
   */
  public static JsonPath parse(String text) throws AslSyntaxException {
    return new PathParser(text).parsePath();
  }

  /** The path as written. */
  public String text() {
    return text;
  }

  public Root root() {
    return root;
  }

  /** The variable's name for a {@link Root#VARIABLE} path, otherwise {@code null}. */
  public String variable() {
    return variable;
  }

  public List<PathSegment> segments() {
    return segments;
  }

  /**
   * Whether the path selects at most one node (a "reference path" in ASL's terms when it also has
   * no {@code .length()}): only field names and single indexes.
   */
  public boolean isDefinite() {
    return definite;
  }

  /** Whether this is a reference path: definite, made of fields and indexes only. */
  public boolean isReferencePath() {
    return referencePath;
  }

  /** The path in Jayway's normalized notation, as AWS quotes it: {@code $['a'][0]}. */
  public String normalized() {
    return normalized(segments.size());
  }

  /** The first {@code count} steps of the path in Jayway's normalized notation. */
  public String normalized(int count) {
    StringBuilder out =
        new StringBuilder(
            switch (root) {
              case INPUT -> "$";
              case CONTEXT -> "$$";
              case VARIABLE -> "$" + variable;
            });
    for (int i = 0; i < count; i++) {
      out.append(segments.get(i).normalized());
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonPath path && path.text.equals(text);
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
