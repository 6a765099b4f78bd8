package io.stepwise.asl.template;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.diagnostic.AslSyntaxException;
import io.stepwise.asl.diagnostic.Diagnostics;
import io.stepwise.asl.intrinsic.IntrinsicCall;
import io.stepwise.asl.jsonata.CompiledJsonata;
import io.stepwise.asl.jsonata.Expressions;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.path.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a template's JSON into a {@link TemplateNode} tree, keeping static subtrees whole. */
final class TemplateCompiler {
  private static final String DYNAMIC_SUFFIX = ".$";

  private final QueryLanguage language;

  private TemplateCompiler(QueryLanguage language) {
    this.language = language;
  }

  static TemplateNode compile(JsonNode source, QueryLanguage language) throws AslSyntaxException {
    return new TemplateCompiler(language).node(source, "", "");
  }

  /**
   * @param pointer the JSON pointer of {@code node} inside the template
   * @param field the slash-separated location AWS uses in JSONata causes
   */
  private TemplateNode node(JsonNode node, String pointer, String field) throws AslSyntaxException {
    if (node.isObject()) {
      return object(node, pointer, field);
    }
    if (node.isArray()) {
      return array(node, pointer, field);
    }
    if (language == QueryLanguage.JSONATA && Expressions.isExpression(node)) {
      return expression(node.textValue(), pointer, field);
    }
    return new TemplateNode.Constant(node);
  }

  private TemplateNode object(JsonNode node, String pointer, String field)
      throws AslSyntaxException {
    List<TemplateNode.Member> members = new ArrayList<>(node.size());
    boolean dynamic = false;
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String key = entry.getKey();
      String childPointer = Diagnostics.child(pointer, key);
      TemplateNode.Member member;
      if (language == QueryLanguage.JSONPATH && key.endsWith(DYNAMIC_SUFFIX)) {
        String outputKey = key.substring(0, key.length() - DYNAMIC_SUFFIX.length());
        member =
            new TemplateNode.Member(outputKey, dynamicValue(key, entry.getValue(), childPointer));
      } else {
        member =
            new TemplateNode.Member(key, node(entry.getValue(), childPointer, join(field, key)));
      }
      dynamic |= !(member.value() instanceof TemplateNode.Constant);
      members.add(member);
    }
    return dynamic ? new TemplateNode.ObjectTemplate(members) : new TemplateNode.Constant(node);
  }

  private TemplateNode array(JsonNode node, String pointer, String field)
      throws AslSyntaxException {
    List<TemplateNode> elements = new ArrayList<>(node.size());
    boolean dynamic = false;
    for (int i = 0; i < node.size(); i++) {
      TemplateNode element =
          node(node.get(i), Diagnostics.child(pointer, i), join(field, String.valueOf(i)));
      dynamic |= !(element instanceof TemplateNode.Constant);
      elements.add(element);
    }
    return dynamic ? new TemplateNode.ArrayTemplate(elements) : new TemplateNode.Constant(node);
  }

  /** Parses a {@code "{% ... %}"} string once, so that a syntax error rejects the definition. */
  private static TemplateNode expression(String text, String pointer, String field)
      throws AslSyntaxException {
    String body = Expressions.body(text);
    try {
      return new TemplateNode.ExpressionValue(field, CompiledJsonata.compile(body));
    } catch (AslSyntaxException invalid) {
      throw new AslSyntaxException(invalid.getMessage(), pointer);
    }
  }

  private static TemplateNode dynamicValue(String key, JsonNode value, String pointer)
      throws AslSyntaxException {
    if (!value.isTextual()) {
      throw new AslSyntaxException(
          "The value for the field '"
              + key
              + "' must be a STRING that contains a JSONPath but was "
              + value.getNodeType(),
          pointer);
    }
    String text = value.textValue();
    try {
      if (IntrinsicCall.looksLikeCall(text)) {
        return new TemplateNode.IntrinsicValue(key, IntrinsicCall.parse(text));
      }
      return new TemplateNode.PathValue(key, JsonPath.parse(text));
    } catch (AslSyntaxException e) {
      throw new AslSyntaxException(
          "The value for the field '"
              + key
              + "' must be a valid JSONPath or a valid intrinsic"
              + " function call: "
              + e.getMessage(),
          pointer);
    }
  }

  private static String join(String field, String key) {
    return field.isEmpty() ? key : field + "/" + key;
  }
}
