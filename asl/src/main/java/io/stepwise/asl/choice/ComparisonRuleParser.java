package io.stepwise.asl.choice;

import static io.stepwise.asl.validate.DiagnosticCodes.SCHEMA_VALIDATION_FAILED;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.diagnostic.AslSyntaxException;
import io.stepwise.asl.diagnostic.Diagnostics;
import io.stepwise.asl.model.ChoiceRule;
import io.stepwise.asl.model.ComparisonOperator;
import io.stepwise.asl.path.JsonPath;
import io.stepwise.asl.time.Timestamps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses a JSONPath comparison rule: {@code Variable} and exactly one comparison operator, whose
 * operand has the type that the operator compares (or is a path, for the {@code ...Path} forms).
 */
final class ComparisonRuleParser {

  /** An operator's field name: its literal form or its {@code ...Path} form. */
  private record OperatorField(ComparisonOperator operator, boolean pathForm) {}

  private static final Map<String, OperatorField> OPERATOR_FIELDS = operatorFields();

  private ComparisonRuleParser() {}

  static ChoiceRule parse(
      JsonNode rule, String pointer, Set<String> extraFields, Diagnostics diagnostics) {
    List<String> operators = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : rule.properties()) {
      if (OPERATOR_FIELDS.containsKey(field.getKey())) {
        operators.add(field.getKey());
      }
    }
    JsonNode variable = rule.get("Variable");
    if (variable == null && operators.isEmpty()) {
      diagnostics.add(
          SCHEMA_VALIDATION_FAILED,
          pointer,
          "A choice rule must have one of 'And', 'Or', 'Not', or a 'Variable' with a comparison"
              + " operator");
      return null;
    }
    Set<String> allowed = ChoiceRuleParser.with(extraFields, "Variable");
    allowed.addAll(operators);
    ChoiceRuleParser.rejectUnsupportedFields(rule, pointer, allowed, diagnostics);
    if (variable == null) {
      diagnostics.add(
          SCHEMA_VALIDATION_FAILED, pointer, "The field 'Variable' is required but was missing");
      return null;
    }
    if (operators.size() != 1) {
      diagnostics.add(
          SCHEMA_VALIDATION_FAILED,
          pointer,
          "A choice rule must have exactly one comparison operator, but it has "
              + (operators.isEmpty() ? "none" : String.join(", ", operators)));
      return null;
    }
    JsonPath path = parsePath(variable, Diagnostics.child(pointer, "Variable"), diagnostics);
    String name = operators.get(0);
    return comparison(
        path,
        OPERATOR_FIELDS.get(name),
        rule.get(name),
        Diagnostics.child(pointer, name),
        diagnostics);
  }

  private static ChoiceRule comparison(
      JsonPath variable,
      OperatorField field,
      JsonNode operand,
      String pointer,
      Diagnostics diagnostics) {
    ComparisonOperator operator = field.operator();
    if (field.pathForm()) {
      JsonPath operandPath = parsePath(operand, pointer, diagnostics);
      return variable == null || operandPath == null
          ? null
          : new ChoiceRule.Comparison(variable, operator, null, operandPath);
    }
    String problem = operandProblem(operator, operand);
    if (problem != null) {
      diagnostics.add(SCHEMA_VALIDATION_FAILED, pointer, problem);
      return null;
    }
    return variable == null ? null : new ChoiceRule.Comparison(variable, operator, operand, null);
  }

  /** What is wrong with a literal operand of {@code operator}, or {@code null} when it fits. */
  static String operandProblem(ComparisonOperator operator, JsonNode operand) {
    return switch (operator) {
      case STRING_EQUALS,
          STRING_LESS_THAN,
          STRING_GREATER_THAN,
          STRING_LESS_THAN_EQUALS,
          STRING_GREATER_THAN_EQUALS,
          STRING_MATCHES ->
          operand.isTextual() ? null : expected(operator, "a string");
      case NUMERIC_EQUALS,
          NUMERIC_LESS_THAN,
          NUMERIC_GREATER_THAN,
          NUMERIC_LESS_THAN_EQUALS,
          NUMERIC_GREATER_THAN_EQUALS ->
          operand.isNumber() ? null : expected(operator, "a number");
      case BOOLEAN_EQUALS, IS_NULL, IS_PRESENT, IS_NUMERIC, IS_STRING, IS_BOOLEAN, IS_TIMESTAMP ->
          operand.isBoolean() ? null : expected(operator, "a boolean");
      case TIMESTAMP_EQUALS,
          TIMESTAMP_LESS_THAN,
          TIMESTAMP_GREATER_THAN,
          TIMESTAMP_LESS_THAN_EQUALS,
          TIMESTAMP_GREATER_THAN_EQUALS ->
          !operand.isTextual()
              ? expected(operator, "a timestamp string")
              : Timestamps.isRfc3339(operand.textValue())
                  ? null
                  : "String does not match RFC3339 timestamp";
    };
  }

  private static String expected(ComparisonOperator operator, String type) {
    return "The value of '" + operator.aslName() + "' must be " + type;
  }

  private static JsonPath parsePath(JsonNode path, String pointer, Diagnostics diagnostics) {
    if (!path.isTextual()) {
      diagnostics.add(
          SCHEMA_VALIDATION_FAILED, pointer, "Value is not a Reference Path: it must be a string");
      return null;
    }
    try {
      return JsonPath.parse(path.textValue());
    } catch (AslSyntaxException invalid) {
      diagnostics.add(
          SCHEMA_VALIDATION_FAILED,
          pointer,
          "Value is not a Reference Path: " + invalid.getMessage());
      return null;
    }
  }

  private static Map<String, OperatorField> operatorFields() {
    Map<String, OperatorField> fields = new HashMap<>();
    for (ComparisonOperator operator : ComparisonOperator.values()) {
      fields.put(operator.aslName(), new OperatorField(operator, false));
      if (operator.hasPathForm()) {
        fields.put(operator.aslName() + "Path", new OperatorField(operator, true));
      }
    }
    return Map.copyOf(fields);
  }
}
