package io.stepwise.asl.choice;

import static io.stepwise.asl.validate.DiagnosticCodes.INVALID_JSONATA_EXPRESSION;
import static io.stepwise.asl.validate.DiagnosticCodes.SCHEMA_VALIDATION_FAILED;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.diagnostic.AslSyntaxException;
import io.stepwise.asl.diagnostic.Diagnostic;
import io.stepwise.asl.diagnostic.Diagnostics;
import io.stepwise.asl.jsonata.CompiledJsonata;
import io.stepwise.asl.jsonata.Expressions;
import io.stepwise.asl.model.ChoiceRule;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.template.PayloadTemplate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses the elements of a Choice state's {@code Choices} array into {@link ChoiceRule.Choice}
 * values, checking what AWS checks when a state machine is created: the shape of each rule, the
 * fields allowed where, and the type of every comparison operand.
 */
public final class ChoiceRuleParser {
  private static final Set<String> JSONATA_FIELDS = Set.of("Condition", "Next", "Assign", "Output");
  private static final Set<String> TOP_LEVEL_FIELDS = Set.of("Next", "Assign");
  private static final Set<String> NESTED_FIELDS = Set.of();
  private static final String NOT_AN_OBJECT = "A choice rule must be a JSON object";

  private ChoiceRuleParser() {}

  /**
   * Parses one element of {@code Choices}.
   *
   * @param pointer the element's JSON pointer, for example {@code /States/C/Choices/0}
   * @param language the Choice state's (effective) query language
   * @return the choice, or {@code null} after adding one diagnostic or more when it is invalid
   */
  public static ChoiceRule.Choice parseChoice(
      JsonNode choice, String pointer, QueryLanguage language, Diagnostics diagnostics) {
    if (!choice.isObject()) {
      diagnostics.add(SCHEMA_VALIDATION_FAILED, pointer, NOT_AN_OBJECT);
      return null;
    }
    Diagnostics found = new Diagnostics();
    ChoiceRule.Choice parsed =
        language == QueryLanguage.JSONATA
            ? parseJsonataChoice(choice, pointer, found)
            : parseJsonPathChoice(choice, pointer, found);
    for (Diagnostic diagnostic : found.toList()) {
      diagnostics.add(diagnostic.code(), diagnostic.pointer(), diagnostic.message());
    }
    return found.isEmpty() ? parsed : null;
  }

  private static ChoiceRule.Choice parseJsonataChoice(
      JsonNode choice, String pointer, Diagnostics diagnostics) {
    rejectUnsupportedFields(choice, pointer, JSONATA_FIELDS, diagnostics);
    ChoiceRule rule = parseCondition(choice.get("Condition"), pointer, diagnostics);
    String next = requireNext(choice, pointer, diagnostics);
    PayloadTemplate assign = compile(choice, "Assign", pointer, QueryLanguage.JSONATA, diagnostics);
    PayloadTemplate output = compile(choice, "Output", pointer, QueryLanguage.JSONATA, diagnostics);
    return new ChoiceRule.Choice(rule, next, assign, output);
  }

  private static ChoiceRule.Choice parseJsonPathChoice(
      JsonNode choice, String pointer, Diagnostics diagnostics) {
    ChoiceRule rule = parseRule(choice, pointer, TOP_LEVEL_FIELDS, diagnostics);
    String next = requireNext(choice, pointer, diagnostics);
    PayloadTemplate assign =
        compile(choice, "Assign", pointer, QueryLanguage.JSONPATH, diagnostics);
    return new ChoiceRule.Choice(rule, next, assign, null);
  }

  /**
   * Parses a JSONPath rule: {@code And}, {@code Or}, {@code Not} or a comparison. {@code
   * extraFields} are the fields that the rule's position allows besides the rule itself ({@code
   * Next} and {@code Assign} at the top level, none when nested).
   */
  static ChoiceRule parseRule(
      JsonNode rule, String pointer, Set<String> extraFields, Diagnostics diagnostics) {
    if (!rule.isObject()) {
      diagnostics.add(SCHEMA_VALIDATION_FAILED, pointer, NOT_AN_OBJECT);
      return null;
    }
    List<String> combinators = new ArrayList<>();
    for (String name : List.of("And", "Or", "Not")) {
      if (rule.has(name)) {
        combinators.add(name);
      }
    }
    if (combinators.isEmpty()) {
      return ComparisonRuleParser.parse(rule, pointer, extraFields, diagnostics);
    }
    if (combinators.size() > 1 || rule.has("Variable")) {
      diagnostics.add(
          SCHEMA_VALIDATION_FAILED,
          pointer,
          "A choice rule must have exactly one of 'And', 'Or', 'Not' or 'Variable', but it has "
              + (rule.has("Variable") ? "'Variable' and " : "")
              + String.join(" and ", combinators.stream().map(n -> "'" + n + "'").toList()));
      return null;
    }
    String combinator = combinators.get(0);
    rejectUnsupportedFields(rule, pointer, with(extraFields, combinator), diagnostics);
    String field = Diagnostics.child(pointer, combinator);
    return combinator.equals("Not")
        ? parseNot(rule.get(combinator), field, diagnostics)
        : parseJunction(combinator, rule.get(combinator), field, diagnostics);
  }

  private static ChoiceRule parseNot(JsonNode operand, String pointer, Diagnostics diagnostics) {
    ChoiceRule inner = parseRule(operand, pointer, NESTED_FIELDS, diagnostics);
    return inner == null ? null : new ChoiceRule.Not(inner);
  }

  private static ChoiceRule parseJunction(
      String combinator, JsonNode operands, String pointer, Diagnostics diagnostics) {
    if (!operands.isArray()) {
      diagnostics.add(
          SCHEMA_VALIDATION_FAILED, pointer, "The value of '" + combinator + "' must be an array");
      return null;
    }
    if (operands.isEmpty()) {
      diagnostics.add(SCHEMA_VALIDATION_FAILED, pointer, "Value cannot be empty");
      return null;
    }
    List<ChoiceRule> rules = new ArrayList<>(operands.size());
    for (int i = 0; i < operands.size(); i++) {
      rules.add(
          parseRule(operands.get(i), Diagnostics.child(pointer, i), NESTED_FIELDS, diagnostics));
    }
    if (rules.contains(null)) {
      return null;
    }
    return combinator.equals("And") ? new ChoiceRule.And(rules) : new ChoiceRule.Or(rules);
  }

  private static ChoiceRule parseCondition(
      JsonNode condition, String pointer, Diagnostics diagnostics) {
    if (condition == null) {
      diagnostics.add(
          SCHEMA_VALIDATION_FAILED, pointer, "The field 'Condition' is required but was missing");
      return null;
    }
    if (condition.isBoolean()) {
      // A constant condition is written as a JSON boolean; as JSONata it is the same literal.
      return new ChoiceRule.Condition(condition.asText());
    }
    String text = condition.isTextual() ? condition.textValue().strip() : "";
    if (Expressions.isExpression(text)) {
      String body = Expressions.body(text);
      try {
        return new ChoiceRule.Condition(body, CompiledJsonata.compile(body));
      } catch (AslSyntaxException invalid) {
        diagnostics.add(
            INVALID_JSONATA_EXPRESSION,
            Diagnostics.child(pointer, "Condition"),
            invalid.getMessage());
        return null;
      }
    }
    diagnostics.add(
        SCHEMA_VALIDATION_FAILED,
        Diagnostics.child(pointer, "Condition"),
        "The field 'Condition' must be a boolean or a JSONata expression written as {% ... %}");
    return null;
  }

  private static String requireNext(JsonNode choice, String pointer, Diagnostics diagnostics) {
    JsonNode next = choice.get("Next");
    if (next == null) {
      diagnostics.add(
          SCHEMA_VALIDATION_FAILED, pointer, "The field 'Next' is required but was missing");
      return null;
    }
    if (!next.isTextual() || next.textValue().isEmpty()) {
      diagnostics.add(
          SCHEMA_VALIDATION_FAILED,
          Diagnostics.child(pointer, "Next"),
          "The field 'Next' must be a state name");
      return null;
    }
    return next.textValue();
  }

  private static PayloadTemplate compile(
      JsonNode choice,
      String field,
      String pointer,
      QueryLanguage language,
      Diagnostics diagnostics) {
    JsonNode source = choice.get(field);
    if (source == null) {
      return null;
    }
    try {
      return PayloadTemplate.compile(source, language);
    } catch (AslSyntaxException invalid) {
      diagnostics.add(
          SCHEMA_VALIDATION_FAILED,
          Diagnostics.child(pointer, field) + invalid.relativePointer(),
          invalid.getMessage());
      return null;
    }
  }

  /** Reports every field of {@code rule} that is neither in {@code allowed} nor a comment. */
  static void rejectUnsupportedFields(
      JsonNode rule, String pointer, Set<String> allowed, Diagnostics diagnostics) {
    for (Map.Entry<String, JsonNode> field : rule.properties()) {
      String name = field.getKey();
      if (!allowed.contains(name) && !name.equals("Comment")) {
        diagnostics.add(SCHEMA_VALIDATION_FAILED, pointer, "Field '" + name + "' is not supported");
      }
    }
  }

  static Set<String> with(Set<String> fields, String... more) {
    Set<String> all = new HashSet<>(fields);
    all.addAll(List.of(more));
    return all;
  }
}
