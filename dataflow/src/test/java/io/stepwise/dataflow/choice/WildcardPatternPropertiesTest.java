package io.stepwise.dataflow.choice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class WildcardPatternPropertiesTest {

  /** The pattern that matches {@code text} literally. */
  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("*", "\\*");
  }

  @Property
  void anEscapedTextMatchesExactlyItself(
      @ForAll @Chars({'a', 'b', '*', '\\'}) @StringLength(max = 8) String text,
      @ForAll @Chars({'a', 'b', '*', '\\'}) @StringLength(max = 8) String other) {
    WildcardPattern pattern = WildcardPattern.compile(escape(text));

    assertThat(pattern.matches(text)).isTrue();
    assertThat(pattern.matches(other)).isEqualTo(other.equals(text));
  }

  @Property
  void agreesWithTheEquivalentRegularExpression(
      @ForAll @Chars({'a', 'b', '*'}) @StringLength(max = 6) String pattern,
      @ForAll @Chars({'a', 'b'}) @StringLength(max = 10) String text) {
    String regex = pattern.replace("*", ".*");

    assertThat(WildcardPattern.compile(pattern).matches(text))
        .isEqualTo(Pattern.matches(regex, text));
  }
}
