package io.stepwise.asl.path;

import io.stepwise.asl.diagnostic.AslSyntaxException;
import java.util.ArrayList;
import java.util.List;

/** A recursive-descent parser for Jayway-style paths; filter conditions go to FilterParser. */
final class PathParser {
  private static final String FILTER_NAME_STOPS = "\t\n\r)<>=!&|,";

  private final PathCursor in;

  PathParser(String text) {
    this.in = new PathCursor(text);
  }

  PathCursor cursor() {
    return in;
  }

  JsonPath parsePath() throws AslSyntaxException {
    JsonPath path = parseAbsolute(false);
    if (!in.atEnd()) {
      throw in.error("unexpected character '" + in.current() + "'");
    }
    return path;
  }

  /** Parses a root and its steps; inside a filter it stops where the condition goes on. */
  JsonPath parseAbsolute(boolean inFilter) throws AslSyntaxException {
    int start = in.position();
    in.expect('$', "a path must start with '$'");
    JsonPath.Root root = JsonPath.Root.INPUT;
    String variable = null;
    if (in.consume('$')) {
      root = JsonPath.Root.CONTEXT;
    } else if (isIdentifierPart(in.current())) {
      int nameStart = in.position();
      while (isIdentifierPart(in.current())) {
        in.advance();
      }
      variable = in.slice(nameStart);
      root = JsonPath.Root.VARIABLE;
    }
    List<PathSegment> segments = parseSegments(inFilter);
    return new JsonPath(in.slice(start), root, variable, segments);
  }

  /** Parses the steps after {@code @} or a root. */
  List<PathSegment> parseSegments(boolean inFilter) throws AslSyntaxException {
    List<PathSegment> segments = new ArrayList<>();
    while (!in.atEnd()) {
      if (!segments.isEmpty() && segments.getLast() instanceof PathSegment.Length) {
        if (inFilter) {
          break;
        }
        throw in.error("nothing may follow the length() function");
      }
      if (in.peek('.')) {
        segments.add(parseDot(inFilter));
      } else if (in.peek('[')) {
        segments.add(parseBracket());
      } else if (inFilter) {
        break;
      } else {
        throw in.error("unexpected character '" + in.current() + "'");
      }
    }
    return segments;
  }

  private PathSegment parseDot(boolean inFilter) throws AslSyntaxException {
    in.advance();
    if (in.consume('.')) {
      if (in.peek('[')) {
        return new PathSegment.DeepScan(parseBracket());
      }
      return new PathSegment.DeepScan(
          in.consume('*') ? new PathSegment.Wildcard() : parseName(inFilter));
    }
    if (in.consume('*')) {
      return new PathSegment.Wildcard();
    }
    return parseName(inFilter);
  }

  private PathSegment parseName(boolean inFilter) throws AslSyntaxException {
    int start = in.position();
    while (!in.atEnd() && !endsName(in.current(), inFilter)) {
      in.advance();
    }
    String name = in.slice(start);
    if (name.isEmpty()) {
      throw in.error("expected a field name");
    }
    if (!in.consume('(')) {
      return new PathSegment.Field(name);
    }
    if (name.equals("length") && in.consume(')')) {
      return new PathSegment.Length();
    }
    throw in.error("unsupported function '" + name + "()'");
  }

  /** A dot-notation name ends at the next step, a space, or (in a filter) an operator. */
  private static boolean endsName(char c, boolean inFilter) {
    return c == '.'
        || c == '['
        || c == '('
        || c == ' '
        || (inFilter && FILTER_NAME_STOPS.indexOf(c) >= 0);
  }

  private PathSegment parseBracket() throws AslSyntaxException {
    in.advance();
    in.skipSpaces();
    PathSegment segment;
    if (in.consume('*')) {
      segment = new PathSegment.Wildcard();
    } else if (in.consume('?')) {
      segment = parseFilter();
    } else if (in.peek('\'') || in.peek('"')) {
      segment = parseNames();
    } else {
      segment = parseIndexes();
    }
    in.skipSpaces();
    in.expect(']', "expected ']'");
    return segment;
  }

  private PathSegment parseFilter() throws AslSyntaxException {
    in.expect('(', "expected '(' after '?'");
    FilterExpression condition = new FilterParser(this).parseCondition();
    in.skipSpaces();
    in.expect(')', "expected ')' to close the filter");
    return new PathSegment.Filter(condition);
  }

  private PathSegment parseNames() throws AslSyntaxException {
    List<String> names = new ArrayList<>();
    do {
      in.skipSpaces();
      names.add(in.readQuoted());
      in.skipSpaces();
    } while (in.consume(','));
    return names.size() == 1
        ? new PathSegment.Field(names.getFirst())
        : new PathSegment.Names(names);
  }

  private PathSegment parseIndexes() throws AslSyntaxException {
    Integer first = in.readOptionalInt();
    in.skipSpaces();
    if (in.peek(':')) {
      return parseSlice(first);
    }
    if (first == null) {
      throw in.error("expected an index, a slice, '*', a quoted name or a filter");
    }
    List<Integer> indexes = new ArrayList<>(List.of(first));
    while (in.consume(',')) {
      Integer next = in.readOptionalInt();
      if (next == null) {
        throw in.error("expected an index after ','");
      }
      indexes.add(next);
      in.skipSpaces();
    }
    return indexes.size() == 1 ? new PathSegment.Index(first) : new PathSegment.Indexes(indexes);
  }

  private PathSegment parseSlice(Integer from) throws AslSyntaxException {
    in.advance();
    Integer to = in.readOptionalInt();
    int step = 1;
    in.skipSpaces();
    if (in.consume(':')) {
      Integer given = in.readOptionalInt();
      step = given == null ? 1 : given;
      if (step <= 0) {
        throw in.error("a slice step must be positive");
      }
    }
    return new PathSegment.Slice(from, to, step);
  }

  private static boolean isIdentifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
