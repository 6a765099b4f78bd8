package io.stepwise.service.machines;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiError;
import io.stepwise.service.shape.Inputs;
import java.util.Optional;

/** The rule that Create and UpdateStateMachine share about publishing a version. */
final class VersionRules {

  private VersionRules() {}

  static Optional<ApiError> descriptionWithoutPublish(ObjectNode input) {
    return Inputs.text(input, "versionDescription").isPresent() && !Inputs.flag(input, "publish")
        ? Optional.of(
            ApiError.validation("Version description can only be set when publish is true"))
        : Optional.empty();
  }
}
