package io.stepwise.runtime.logs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapedTextTest {

  @Test
  void quotesBackslashesAndControlCharactersCountAsEscaped() {
    assertThat(EscapedText.size("ab")).isEqualTo(2);
    assertThat(EscapedText.size("\"\\")).isEqualTo(4);
    assertThat(EscapedText.size("\n\u0001")).isEqualTo(2 + 6);
  }

  @Test
  void nonAsciiCountsInUtf8Bytes() {
    assertThat(EscapedText.size("é€😀")).isEqualTo(2 + 3 + 4);
  }

  @Test
  void aCutKeepsTheLongestStartWithinTheLimit() {
    assertThat(EscapedText.cut("a\"b", 3)).isEqualTo("a\"");
    assertThat(EscapedText.cut("a\"b", 2)).isEqualTo("a");
    assertThat(EscapedText.cut("😀😀", 5)).isEqualTo("😀");
    assertThat(EscapedText.cut("abc", 10)).isEqualTo("abc");
  }
}
