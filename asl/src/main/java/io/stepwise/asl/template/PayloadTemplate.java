package io.stepwise.asl.template;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.diagnostic.AslSyntaxException;
import io.stepwise.asl.model.QueryLanguage;

/**
 * A compiled payload template ({@code Parameters}, {@code ResultSelector}, {@code ItemSelector},
 * {@code Assign}, {@code Arguments} or {@code Output}): a tree whose literal subtrees are shared
 * JSON nodes and whose dynamic leaves are compiled paths, intrinsic calls or JSONata expressions.
 */
public final class PayloadTemplate {
  private final JsonNode source;
  private final TemplateNode root;

  PayloadTemplate(JsonNode source, TemplateNode root) {
    this.source = source;
    this.root = root;
  }

  /**
   * Compiles a template: in JSONPath, keys ending in {@code .$} hold paths or intrinsic calls; in
   * JSONata, strings wholly inside {@code {% %}} are expressions.
   *
   * @throws AslSyntaxException with the pointer of the offending member when a path or call is
   *     malformed
   */
  public static PayloadTemplate compile(JsonNode source, QueryLanguage language)
      throws AslSyntaxException {
    return new PayloadTemplate(source, TemplateCompiler.compile(source, language));
  }

  /** The template as written in the definition. */
  public JsonNode source() {
    return source;
  }

  /** The compiled tree. */
  public TemplateNode root() {
    return root;
  }

  /** Whether the template has no dynamic part, so that evaluating it returns {@link #source()}. */
  public boolean isConstant() {
    return root instanceof TemplateNode.Constant;
  }
}
