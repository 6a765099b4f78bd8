package io.stepwise.asl.template;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.intrinsic.IntrinsicCall;
import io.stepwise.asl.jsonata.CompiledJsonata;
import io.stepwise.asl.path.JsonPath;
import java.util.List;

/** A node of a compiled {@link PayloadTemplate}. */
public sealed interface TemplateNode
    permits TemplateNode.Constant,
        TemplateNode.ObjectTemplate,
        TemplateNode.ArrayTemplate,
        TemplateNode.PathValue,
        TemplateNode.IntrinsicValue,
        TemplateNode.ExpressionValue {

  /** A subtree without any dynamic part: evaluation returns this very node, shared. */
  record Constant(JsonNode value) implements TemplateNode {}

  /** An object with at least one dynamic member; keys are output keys ({@code .$} dropped). */
  record ObjectTemplate(List<Member> members) implements TemplateNode {
    public ObjectTemplate {
      members = List.copyOf(members);
    }
  }

  /** One member of an {@link ObjectTemplate}. */
  record Member(String key, TemplateNode value) {}

  /** An array with at least one dynamic element. */
  record ArrayTemplate(List<TemplateNode> elements) implements TemplateNode {
    public ArrayTemplate {
      elements = List.copyOf(elements);
    }
  }

  /**
   * A {@code "key.$": "$..."} member.
   *
   * @param field the key as written, with its {@code .$} (AWS names it in error causes)
   */
  record PathValue(String field, JsonPath path) implements TemplateNode {}

  /** A {@code "key.$": "States.Xxx(...)"} member; {@code field} is the key as written. */
  record IntrinsicValue(String field, IntrinsicCall call) implements TemplateNode {}

  /**
   * A JSONata string {@code "{% ... %}"}.
   *
   * @param field where the expression sits inside the template, as AWS names it in causes ({@code
   *     result}, {@code list/0}); empty for the template itself
   * @param expression the expression without its delimiters, parsed
   */
  record ExpressionValue(String field, CompiledJsonata expression) implements TemplateNode {}
}
