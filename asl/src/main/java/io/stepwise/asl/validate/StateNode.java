package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.diagnostic.Diagnostics;
import io.stepwise.asl.jsonata.Expressions;
import io.stepwise.asl.model.QueryLanguage;

/** One state under validation: its name, its JSON, where it is and its effective query language. */
record StateNode(String name, JsonNode node, String pointer, QueryLanguage language) {

  String type() {
    JsonNode type = node.get("Type");
    return type != null && type.isTextual() ? type.textValue() : "";
  }

  /** The field {@code name}, or {@code null} when absent. */
  JsonNode field(String name) {
    return node.get(name);
  }

  boolean has(String name) {
    return node.has(name);
  }

  String pointer(String field) {
    return Diagnostics.child(pointer, field);
  }

  boolean isJsonata() {
    return language == QueryLanguage.JSONATA;
  }

  /** Whether field {@code name} is a JSONata expression that only run time can check. */
  boolean isExpression(String name) {
    return isJsonata() && Expressions.isExpression(node.get(name));
  }
}
