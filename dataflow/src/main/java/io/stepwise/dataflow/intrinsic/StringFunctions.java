package io.stepwise.dataflow.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import io.stepwise.asl.intrinsic.FormatTemplate;
import io.stepwise.asl.intrinsic.IntrinsicArgument;
import io.stepwise.dataflow.DataFlowException;
import java.util.Arrays;
import java.util.UUID;
import java.util.random.RandomGenerator;

/** {@code States.Format}, {@code States.StringSplit} and {@code States.UUID}. */
final class StringFunctions {

  private StringFunctions() {}

  static JsonNode format(Arguments args) throws DataFlowException {
    FormatTemplate template = template(args);
    if (template.placeholders() != args.count() - 1) {
      throw args.failure(
          "The format string has "
              + template.placeholders()
              + " placeholders, but "
              + (args.count() - 1)
              + " values were given.");
    }
    StringBuilder out = new StringBuilder(template.parts().getFirst());
    for (int i = 1; i < args.count(); i++) {
      FormatRendering.append(out, args.value(i));
      out.append(template.parts().get(i));
    }
    return TextNode.valueOf(out.toString());
  }

  /** The compiled template of a literal, or the template read from a path at run time. */
  private static FormatTemplate template(Arguments args) throws DataFlowException {
    if (args.call().arguments().getFirst() instanceof IntrinsicArgument.Text text) {
      return text.template();
    }
    return new FormatTemplate(Arrays.asList(args.string(0).split("\\{}", -1)));
  }

  /**
   * Splits at every character of the delimiter and drops empty pieces, as AWS does: {@code
   * StringSplit(",,a,", ",")} is {@code ["a"]}.
   */
  static JsonNode split(Arguments args) throws DataFlowException {
    String text = args.string(0);
    String delimiters = args.string(1);
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || delimiters.indexOf(text.charAt(i)) >= 0) {
        if (i > start) {
          out.add(text.substring(start, i));
        }
        start = i + 1;
      }
    }
    return out;
  }

  /** A version-4 UUID drawn from the context's random generator. */
  static JsonNode uuid(RandomGenerator random) {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return TextNode.valueOf(new UUID(high, low).toString());
  }
}
