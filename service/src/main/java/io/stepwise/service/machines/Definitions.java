package io.stepwise.service.machines;

import io.stepwise.asl.diagnostic.Diagnostic;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.asl.validate.InvalidDefinitionMessage;
import io.stepwise.asl.validate.MachineType;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.shape.Errors;
import io.stepwise.store.StateMachineType;
import java.util.List;

/** Checks a definition for a machine of a type: every diagnostic in AWS's InvalidDefinition. */
final class Definitions {

  private Definitions() {}

  static ApiResult<String> check(String definition, StateMachineType type) {
    List<Diagnostic> diagnostics = DefinitionParser.validate(definition, machineType(type));
    return diagnostics.isEmpty()
        ? ApiResult.ok(definition)
        : Errors.invalidDefinition(InvalidDefinitionMessage.render(diagnostics, definition))
            .asResult();
  }

  static MachineType machineType(StateMachineType type) {
    return switch (type) {
      case STANDARD -> MachineType.STANDARD;
      case EXPRESS -> MachineType.EXPRESS;
    };
  }
}
