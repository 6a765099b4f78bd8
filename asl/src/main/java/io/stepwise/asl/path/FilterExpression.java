package io.stepwise.asl.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The condition of a filter step {@code [?(...)]}, compiled once. */
public sealed interface FilterExpression
    permits FilterExpression.And,
        FilterExpression.Or,
        FilterExpression.Not,
        FilterExpression.Comparison,
        FilterExpression.Exists {

  /** {@code left && right}. */
  record And(FilterExpression left, FilterExpression right) implements FilterExpression {}

  /** {@code left || right}. */
  record Or(FilterExpression left, FilterExpression right) implements FilterExpression {}

  /** {@code !(operand)}. */
  record Not(FilterExpression operand) implements FilterExpression {}

  /** {@code left op right}. */
  record Comparison(Operand left, Operator operator, Operand right) implements FilterExpression {}

  /** A bare path such as {@code @.isbn}: true when it selects something. */
  record Exists(Operand operand) implements FilterExpression {}

  /** A comparison operator of Jayway's filter language. */
  enum Operator {
    EQ,
    NE,
    LT,
    LE,
    GT,
    GE
  }

  /** A value inside a filter. */
  sealed interface Operand permits Current, Root, Literal {}

  /** A path relative to the element being tested ({@code @...}). */
  record Current(List<PathSegment> segments) implements Operand {
    public Current {
      segments = List.copyOf(segments);
    }

    /** Whether the relative path selects at most one node. */
    public boolean isDefinite() {
      for (int i = 0; i < segments.size(); i++) {
        if (!segments.get(i).isDefinite()) {
          return false;
        }
      }
      return true;
    }
  }

  /** An absolute path ({@code $...}) inside a filter. */
  record Root(JsonPath path) implements Operand {}

  /** A literal: a number, a quoted string, {@code true}, {@code false} or {@code null}. */
  record Literal(JsonNode value) implements Operand {}
}
