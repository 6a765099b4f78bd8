package io.stepwise.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.stepwise.asl.diagnostic.AslSyntaxException;
import io.stepwise.asl.path.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A recursive-descent parser for intrinsic function calls. */
final class IntrinsicParser {
  private final String text;
  private int pos;

  IntrinsicParser(String text) {
    this.text = text;
  }

  IntrinsicCall parseWhole() throws AslSyntaxException {
    skipSpaces();
    IntrinsicCall call = parseCall();
    skipSpaces();
    if (pos < text.length()) {
      throw error("unexpected text after the closing ')'");
    }
    return call;
  }

  private IntrinsicCall parseCall() throws AslSyntaxException {
    int start = pos;
    while (pos < text.length() && (Character.isLetterOrDigit(at()) || at() == '.')) {
      pos++;
    }
    String name = text.substring(start, pos);
    IntrinsicFunction function = IntrinsicFunction.byName(name);
    if (function == null) {
      throw error("'" + name + "' is not an intrinsic function");
    }
    skipSpaces();
    expect('(');
    List<IntrinsicArgument> arguments = parseArguments();
    if (!function.acceptsArgumentCount(arguments.size())) {
      throw error(
          name
              + " takes "
              + function.expectedArguments()
              + " arguments but got "
              + arguments.size());
    }
    IntrinsicCall call = new IntrinsicCall(text.substring(start, pos), function, arguments);
    checkFormatPlaceholders(call);
    return call;
  }

  private List<IntrinsicArgument> parseArguments() throws AslSyntaxException {
    List<IntrinsicArgument> arguments = new ArrayList<>();
    skipSpaces();
    if (consume(')')) {
      return arguments;
    }
    do {
      skipSpaces();
      arguments.add(parseArgument());
      skipSpaces();
    } while (consume(','));
    expect(')');
    return arguments;
  }

  private IntrinsicArgument parseArgument() throws AslSyntaxException {
    if (pos >= text.length()) {
      throw error("expected an argument");
    }
    char c = at();
    if (c == '\'') {
      return parseText();
    }
    if (c == '$') {
      return parsePath();
    }
    if (text.startsWith("States.", pos)) {
      return new IntrinsicArgument.Call(parseCall());
    }
    return new IntrinsicArgument.Literal(parseLiteral());
  }

  private IntrinsicArgument parsePath() throws AslSyntaxException {
    int start = pos;
    int depth = 0;
    char quote = 0;
    while (pos < text.length()) {
      char c = at();
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '[' || c == '(') {
        depth++;
      } else if (c == ']' || (c == ')' && depth > 0)) {
        depth--;
      } else if (depth == 0 && (c == ',' || c == ')')) {
        break;
      }
      pos++;
    }
    return new IntrinsicArgument.Path(JsonPath.parse(text.substring(start, pos).strip()));
  }

  /** Reads {@code '...'}, resolving AWS's escapes and cutting the text at unescaped {@code {}}. */
  private IntrinsicArgument parseText() throws AslSyntaxException {
    pos++;
    StringBuilder value = new StringBuilder();
    StringBuilder part = new StringBuilder();
    List<String> parts = new ArrayList<>();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '\'') {
        parts.add(part.toString());
        return new IntrinsicArgument.Text(
            TextNode.valueOf(value.toString()), new FormatTemplate(parts));
      }
      if (c == '\\' && pos < text.length() && "'{}\\".indexOf(at()) >= 0) {
        c = text.charAt(pos++);
      } else if (c == '{' && pos < text.length() && at() == '}') {
        pos++;
        value.append("{}");
        parts.add(part.toString());
        part.setLength(0);
        continue;
      }
      value.append(c);
      part.append(c);
    }
    throw error("unterminated string literal");
  }

  private JsonNode parseLiteral() throws AslSyntaxException {
    for (var keyword : List.of("true", "false", "null")) {
      if (text.startsWith(keyword, pos)) {
        pos += keyword.length();
        return switch (keyword) {
          case "true" -> BooleanNode.TRUE;
          case "false" -> BooleanNode.FALSE;
          default -> NullNode.instance;
        };
      }
    }
    int start = pos;
    while (pos < text.length() && "+-.eE0123456789".indexOf(at()) >= 0) {
      pos++;
    }
    return number(text.substring(start, pos));
  }

  private JsonNode number(String literal) throws AslSyntaxException {
    try {
      BigDecimal value = new BigDecimal(literal);
      if (literal.matches("-?\\d+")) {
        long asLong = value.longValueExact();
        return asLong == (int) asLong ? IntNode.valueOf((int) asLong) : LongNode.valueOf(asLong);
      }
      return DecimalNode.valueOf(value);
    } catch (NumberFormatException | ArithmeticException e) {
      throw error("expected a string, a number, a boolean, null, a path or a call");
    }
  }

  private void checkFormatPlaceholders(IntrinsicCall call) throws AslSyntaxException {
    if (call.function() == IntrinsicFunction.FORMAT
        && call.arguments().getFirst() instanceof IntrinsicArgument.Text template
        && template.template().placeholders() != call.arguments().size() - 1) {
      throw error(
          "States.Format has "
              + template.template().placeholders()
              + " placeholders but "
              + (call.arguments().size() - 1)
              + " values");
    }
  }

  private char at() {
    return text.charAt(pos);
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(at())) {
      pos++;
    }
  }

  private boolean consume(char c) {
    if (pos < text.length() && at() == c) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(char c) throws AslSyntaxException {
    if (!consume(c)) {
      throw error("expected '" + c + "'");
    }
  }

  private AslSyntaxException error(String problem) {
    return new AslSyntaxException(
        "The intrinsic function call '" + text + "' is invalid: " + problem + ".");
  }
}
