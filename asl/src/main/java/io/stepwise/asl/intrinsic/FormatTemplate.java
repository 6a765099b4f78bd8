package io.stepwise.asl.intrinsic;

import java.util.List;

/**
 * A string literal cut at its {@code {}} placeholders: {@code parts} has one element more than
 * there are placeholders. {@code States.Format} interleaves its arguments between the parts.
 */
public record FormatTemplate(List<String> parts) {
  public FormatTemplate {
    parts = List.copyOf(parts);
  }

  public int placeholders() {
    return parts.size() - 1;
  }
}
