package io.stepwise.asl.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.diagnostic.AslSyntaxException;
import io.stepwise.asl.diagnostic.Diagnostics;
import io.stepwise.asl.intrinsic.IntrinsicCall;
import io.stepwise.asl.jsonata.CompiledJsonata;
import io.stepwise.asl.jsonata.Expressions;
import io.stepwise.asl.model.PathField;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.model.ValueSource;
import io.stepwise.asl.path.JsonPath;
import io.stepwise.asl.template.PayloadTemplate;
import io.stepwise.asl.validate.DiagnosticCodes;

/**
 * Reads the fields of one JSON object of a definition (a state, a retrier, an item batcher) into
 * model values, compiling paths, intrinsic calls and templates. Fields of the wrong JSON type read
 * as absent: the validator reports them, so the reader only reports the syntax errors it finds.
 */
final class FieldReader {
  private static final PathField ROOT = new PathField.Select(RootPath.PATH);

  private final JsonNode node;
  private final String pointer;
  private final QueryLanguage language;
  private final Diagnostics diagnostics;

  FieldReader(JsonNode node, String pointer, QueryLanguage language, Diagnostics diagnostics) {
    this.node = node;
    this.pointer = pointer;
    this.language = language;
    this.diagnostics = diagnostics;
  }

  QueryLanguage language() {
    return language;
  }

  String pointer(String field) {
    return Diagnostics.child(pointer, field);
  }

  /** The field's value as written, or {@code null}. */
  JsonNode raw(String field) {
    return node.get(field);
  }

  /** The field's text, or {@code null} when it is absent or not a string. */
  String text(String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.textValue() : null;
  }

  /** InputPath, OutputPath, ResultPath or ItemsPath: {@code $} when absent, Discard when null. */
  PathField pathField(String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      return value != null && value.isNull() ? PathField.Discard.INSTANCE : ROOT;
    }
    JsonPath path = path(value.textValue(), field);
    return path == null ? ROOT : new PathField.Select(path);
  }

  /**
   * ResultPath: like {@link #pathField}, but it must be a reference path into the input, since it
   * names where a result is written.
   */
  PathField resultPath() {
    PathField field = pathField("ResultPath");
    if (field instanceof PathField.Select select
        && (select.path().root() != JsonPath.Root.INPUT || !select.path().isReferencePath())) {
      diagnostics.add(
          DiagnosticCodes.SCHEMA_VALIDATION_FAILED,
          pointer("ResultPath"),
          "The value for the field 'ResultPath' must be a valid ReferencePath");
      return ROOT;
    }
    return field;
  }

  /**
   * A value given as a literal ({@code literalField}, a JSONata expression in JSONata states) or
   * read at run time ({@code pathField}: a path or an intrinsic call); {@code null} when absent.
   */
  ValueSource valueSource(String literalField, String pathField) {
    JsonNode literal = node.get(literalField);
    if (literal != null) {
      return language == QueryLanguage.JSONATA && Expressions.isExpression(literal)
          ? expression(literalField, Expressions.body(literal.textValue()))
          : new ValueSource.Literal(literal);
    }
    String path = pathField == null ? null : text(pathField);
    return path == null ? null : pathOrIntrinsic(path, pathField);
  }

  /** A payload template, or {@code null} when the field is absent or does not compile. */
  PayloadTemplate template(String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      return null;
    }
    try {
      return PayloadTemplate.compile(value, language);
    } catch (AslSyntaxException invalid) {
      // In JSONata states the only thing in a template that can fail to compile is an expression.
      if (language == QueryLanguage.JSONATA) {
        reportJsonata(field, invalid);
      } else {
        report(field, invalid, "The field '" + field + "' is not a valid payload template: ");
      }
      return null;
    }
  }

  /** A JSONata value, parsed now so that a syntax error rejects the definition. */
  private ValueSource expression(String field, String body) {
    try {
      return new ValueSource.Expression(body, CompiledJsonata.compile(body));
    } catch (AslSyntaxException invalid) {
      reportJsonata(field, invalid);
      return null;
    }
  }

  private ValueSource pathOrIntrinsic(String text, String field) {
    if (IntrinsicCall.looksLikeCall(text)) {
      try {
        return new ValueSource.Intrinsic(IntrinsicCall.parse(text));
      } catch (AslSyntaxException invalid) {
        report(
            field,
            invalid,
            "The value for the field '"
                + field
                + "' must be a valid intrinsic"
                + " function call: ");
        return null;
      }
    }
    JsonPath path = path(text, field);
    return path == null ? null : new ValueSource.Path(path);
  }

  private JsonPath path(String text, String field) {
    try {
      return JsonPath.parse(text);
    } catch (AslSyntaxException invalid) {
      report(field, invalid, "The value for the field '" + field + "' must be a valid JSONPath: ");
      return null;
    }
  }

  /** Reports a JSONata syntax error as AWS does: the parser's message at the expression. */
  private void reportJsonata(String field, AslSyntaxException invalid) {
    diagnostics.add(
        DiagnosticCodes.INVALID_JSONATA_EXPRESSION,
        pointer(field) + invalid.relativePointer(),
        invalid.getMessage());
  }

  private void report(String field, AslSyntaxException invalid, String prefix) {
    diagnostics.add(
        DiagnosticCodes.SCHEMA_VALIDATION_FAILED,
        pointer(field) + invalid.relativePointer(),
        prefix + invalid.getMessage());
  }
}
