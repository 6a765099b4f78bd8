package io.stepwise.asl.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.stepwise.asl.diagnostic.AslSyntaxException;
import io.stepwise.asl.path.FilterExpression.Operator;
import java.math.BigDecimal;

/**
 * Parses the condition of a filter step: {@code ||} binds looser than {@code &&}, {@code !} and
 * parentheses group, and a comparison joins two operands ({@code @...}, {@code $...} or a literal).
 * It reads through the enclosing {@link PathParser}'s cursor, so positions stay shared.
 */
final class FilterParser {
  private final PathParser paths;
  private final PathCursor in;

  FilterParser(PathParser paths) {
    this.paths = paths;
    this.in = paths.cursor();
  }

  FilterExpression parseCondition() throws AslSyntaxException {
    FilterExpression left = parseConjunction();
    while (skipThen("||")) {
      left = new FilterExpression.Or(left, parseConjunction());
    }
    return left;
  }

  private FilterExpression parseConjunction() throws AslSyntaxException {
    FilterExpression left = parseUnary();
    while (skipThen("&&")) {
      left = new FilterExpression.And(left, parseUnary());
    }
    return left;
  }

  private FilterExpression parseUnary() throws AslSyntaxException {
    in.skipSpaces();
    if (in.peek('!') && !in.peek("!=")) {
      in.advance();
      return new FilterExpression.Not(parseUnary());
    }
    if (in.consume('(')) {
      FilterExpression inner = parseCondition();
      in.skipSpaces();
      if (!in.consume(')')) {
        throw in.error("expected ')'");
      }
      return inner;
    }
    FilterExpression.Operand left = parseOperand();
    Operator operator = parseOperator();
    if (operator == null) {
      return new FilterExpression.Exists(left);
    }
    return new FilterExpression.Comparison(left, operator, parseOperand());
  }

  private Operator parseOperator() {
    in.skipSpaces();
    if (in.consume("==")) {
      return Operator.EQ;
    }
    if (in.consume("!=")) {
      return Operator.NE;
    }
    if (in.consume("<=")) {
      return Operator.LE;
    }
    if (in.consume(">=")) {
      return Operator.GE;
    }
    if (in.consume('<')) {
      return Operator.LT;
    }
    if (in.consume('>')) {
      return Operator.GT;
    }
    return null;
  }

  private FilterExpression.Operand parseOperand() throws AslSyntaxException {
    in.skipSpaces();
    char c = in.current();
    if (c == '@') {
      in.advance();
      return new FilterExpression.Current(paths.parseSegments(true));
    }
    if (c == '$') {
      return new FilterExpression.Root(paths.parseAbsolute(true));
    }
    return new FilterExpression.Literal(parseLiteral(c));
  }

  private JsonNode parseLiteral(char c) throws AslSyntaxException {
    if (c == '\'' || c == '"') {
      return TextNode.valueOf(in.readQuoted());
    }
    if (in.consume("true")) {
      return BooleanNode.TRUE;
    }
    if (in.consume("false")) {
      return BooleanNode.FALSE;
    }
    if (in.consume("null")) {
      return NullNode.instance;
    }
    return parseNumber();
  }

  private JsonNode parseNumber() throws AslSyntaxException {
    int start = in.position();
    while (!in.atEnd() && "+-.eE0123456789".indexOf(in.current()) >= 0) {
      in.advance();
    }
    String number = in.slice(start);
    try {
      BigDecimal value = new BigDecimal(number);
      return number.matches("-?\\d{1,18}")
          ? LongNode.valueOf(value.longValue())
          : DecimalNode.valueOf(value);
    } catch (NumberFormatException e) {
      throw in.error("expected '@', '$' or a literal in the filter");
    }
  }

  private boolean skipThen(String token) {
    in.skipSpaces();
    return in.consume(token);
  }
}
