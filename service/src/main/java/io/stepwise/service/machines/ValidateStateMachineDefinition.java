package io.stepwise.service.machines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.diagnostic.Diagnostic;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.shape.Inputs;
import io.stepwise.service.shape.PageRequest;
import io.stepwise.store.StateMachineType;
import java.util.List;

/**
 * ValidateStateMachineDefinition: every diagnostic of the definition in AWS's shape. All of
 * Stepwise's diagnostics are errors (they refuse the definition), so the severity filter ({@code
 * ERROR} or {@code WARNING}, which both include errors) keeps them all.
 */
final class ValidateStateMachineDefinition implements ApiOperation {

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    String definition = Inputs.required(input, "definition");
    StateMachineType type =
        Inputs.text(input, "type").map(StateMachineType::valueOf).orElse(StateMachineType.STANDARD);
    int maxResults = input.path("maxResults").asInt(0);
    int limit = maxResults == 0 ? PageRequest.DEFAULT_LIMIT : maxResults;
    List<Diagnostic> diagnostics =
        DefinitionParser.validate(definition, Definitions.machineType(type));
    ObjectNode out =
        JsonNodeFactory.instance.objectNode().put("result", diagnostics.isEmpty() ? "OK" : "FAIL");
    ArrayNode shown = out.putArray("diagnostics");
    diagnostics.stream()
        .limit(limit)
        .forEach(diagnostic -> shown.add(DiagnosticJson.of(diagnostic, definition)));
    return ApiResult.ok(out.put("truncated", diagnostics.size() > limit));
  }
}
