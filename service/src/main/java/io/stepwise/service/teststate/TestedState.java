package io.stepwise.service.teststate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.diagnostic.Diagnostic;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.asl.validate.InvalidDefinitionMessage;
import io.stepwise.asl.validate.MachineType;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.shape.Errors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The state a TestState request tests: its definition alone (named {@value
 * TestedMachine#SINGLE_STATE_NAME}, as AWS names it), or the state {@code stateName} of a whole
 * machine's definition, which must be valid as a whole.
 *
 * @param name the state's name
 * @param json the state's definition
 * @param language the machine's QueryLanguage, or {@code null}
 */
record TestedState(String name, ObjectNode json, JsonNode language) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static ApiResult<TestedState> of(String definition, Optional<String> stateName) {
    JsonNode tree = readTree(definition);
    if (tree == null || !tree.isObject()) {
      return invalid(DefinitionParser.validate(definition, MachineType.STANDARD), definition);
    }
    if (stateName.isEmpty()) {
      return ApiResult.ok(
          new TestedState(TestedMachine.SINGLE_STATE_NAME, (ObjectNode) tree, null));
    }
    List<Diagnostic> diagnostics = DefinitionParser.validate(definition, MachineType.STANDARD);
    if (!diagnostics.isEmpty()) {
      return invalid(diagnostics, definition);
    }
    ObjectNode state = find(tree, stateName.get());
    return state == null
        ? TestStateErrors.stateNotFound().asResult()
        : ApiResult.ok(new TestedState(stateName.get(), state, tree.get("QueryLanguage")));
  }

  /**
   * The state {@code name} of {@code workflow} or of a workflow nested in it (a Parallel branch, a
   * Map state's ItemProcessor or Iterator), or {@code null}.
   */
  private static ObjectNode find(JsonNode workflow, String name) {
    JsonNode states = workflow.path("States");
    if (states.get(name) instanceof ObjectNode state) {
      return state;
    }
    for (JsonNode state : states) {
      List<JsonNode> nested = new ArrayList<>();
      state.path("Branches").forEach(nested::add);
      nested.add(state.path("ItemProcessor"));
      nested.add(state.path("Iterator"));
      for (JsonNode inner : nested) {
        ObjectNode found = find(inner, name);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  String type() {
    return json.path("Type").asText();
  }

  static <T> ApiResult<T> invalid(List<Diagnostic> diagnostics, String definition) {
    return Errors.invalidDefinition(InvalidDefinitionMessage.render(diagnostics, definition))
        .asResult();
  }

  private static JsonNode readTree(String definition) {
    try {
      return MAPPER.readTree(definition);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
