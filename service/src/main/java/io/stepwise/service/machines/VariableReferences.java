package io.stepwise.service.machines;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.asl.parse.ParseResult;
import io.stepwise.store.StateMachineType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DescribeStateMachine's {@code variableReferences} in the API's shape. What each state reads is
 * the ASL module's analysis ({@link io.stepwise.asl.analysis.VariableReferences}); this class only
 * parses the stored definition and shapes the answer.
 */
final class VariableReferences {

  private VariableReferences() {}

  /**
   * The references of a stored definition; empty when no state reads a variable, as AWS then omits
   * the field.
   */
  static Optional<ObjectNode> of(String definition, StateMachineType type) {
    ParseResult parsed = DefinitionParser.parse(definition, Definitions.machineType(type));
    if (!parsed.isValid()) {
      // Only valid definitions are stored; one that no longer parses shows no references.
      return Optional.empty();
    }
    Map<String, List<String>> byState =
        io.stepwise.asl.analysis.VariableReferences.of(parsed.machine());
    if (byState.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    byState.forEach((state, names) -> names.forEach(out.withArray(state)::add));
    return Optional.of(out);
  }
}
