package io.stepwise.service.machines;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.diagnostic.Diagnostic;
import io.stepwise.asl.validate.DiagnosticCodes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A diagnostic in ValidateStateMachineDefinition's shape. The location is the JSON pointer ({@code
 * /} for the whole definition), except where AWS differs: a blank definition has no location, and
 * text that is not JSON is located the way AWS's JSON reader describes it, {@code [Source:
 * (String)"<text>"; line: L, column: C]}, which AWS also appends to the message.
 */
final class DiagnosticJson {

  private static final Pattern JSON_POSITION = Pattern.compile(" at line (\\d+), column (\\d+)$");

  private DiagnosticJson() {}

  static ObjectNode of(Diagnostic diagnostic, String definition) {
    ObjectNode out =
        JsonNodeFactory.instance
            .objectNode()
            .put("severity", "ERROR")
            .put("code", diagnostic.code())
            .put("message", diagnostic.message());
    if (definition.isBlank()) {
      return out;
    }
    Matcher position = JSON_POSITION.matcher(diagnostic.message());
    if (diagnostic.code().equals(DiagnosticCodes.INVALID_JSON_DESCRIPTION) && position.find()) {
      String source =
          "[Source: (String)\""
              + definition
              + "\"; line: "
              + position.group(1)
              + ", column: "
              + position.group(2)
              + "]";
      String reason = diagnostic.message().substring(0, position.start());
      return out.put("message", reason + "\n at " + source).put("location", source);
    }
    return out.put("location", diagnostic.pointer().isEmpty() ? "/" : diagnostic.pointer());
  }
}
