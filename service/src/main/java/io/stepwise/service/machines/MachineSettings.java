package io.stepwise.service.machines;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.shape.Inputs;
import io.stepwise.service.shape.StoredJson;
import io.stepwise.store.StateMachineRecord;
import io.stepwise.store.StateMachineStatus;
import io.stepwise.store.StateMachineType;
import java.util.Objects;

/**
 * The members of a state machine that CreateStateMachine sets and UpdateStateMachine may change,
 * checked as AWS checks them: the role ARN, the logging configuration, then the definition.
 *
 * @param logging the completed {@code loggingConfiguration} JSON, or {@code null} for none
 * @param encryption the {@code encryptionConfiguration} JSON, or {@code null} for AWS's own key
 */
record MachineSettings(
    String definition, String roleArn, String logging, boolean tracing, String encryption) {

  static final MachineSettings NONE = new MachineSettings("", "", null, false, null);

  static MachineSettings of(StateMachineRecord machine) {
    return new MachineSettings(
        machine.definition(),
        machine.roleArn(),
        machine.loggingConfiguration(),
        machine.tracingEnabled(),
        machine.encryptionConfiguration());
  }

  /** The settings of {@code input}, with those of {@code base} for the members it leaves out. */
  static ApiResult<MachineSettings> read(
      ObjectNode input, StateMachineType type, MachineSettings base) {
    ApiResult<String> role =
        Inputs.text(input, "roleArn").map(RoleArns::check).orElse(ApiResult.ok(base.roleArn));
    return role.then(
        roleArn ->
            logging(input, base)
                .then(
                    logging ->
                        definition(input, type, base)
                            .map(
                                definition ->
                                    new MachineSettings(
                                        definition,
                                        roleArn,
                                        logging,
                                        tracing(input, base),
                                        encryption(input, base)))));
  }

  /**
   * Whether a repeated CreateStateMachine is idempotent: AWS compares the definition and the
   * configuration, and ignores a different role ARN (keeping the first one).
   */
  boolean sameConfiguration(MachineSettings other) {
    return definition.equals(other.definition)
        && Objects.equals(logging, other.logging)
        && tracing == other.tracing
        && Objects.equals(encryption, other.encryption);
  }

  StateMachineRecord toRecord(
      String arn, String name, StateMachineType type, long creationDate, String revisionId) {
    return new StateMachineRecord(
        arn,
        name,
        type,
        definition,
        roleArn,
        logging,
        tracing,
        encryption,
        null,
        creationDate,
        revisionId,
        StateMachineStatus.ACTIVE);
  }

  private static ApiResult<String> logging(ObjectNode input, MachineSettings base) {
    return Inputs.member(input, "loggingConfiguration")
        .map(config -> LoggingConfigurations.check(config).map(StoredJson::write))
        .orElse(ApiResult.ok(base.logging));
  }

  private static ApiResult<String> definition(
      ObjectNode input, StateMachineType type, MachineSettings base) {
    return Inputs.text(input, "definition")
        .map(definition -> Definitions.check(definition, type))
        .orElse(ApiResult.ok(base.definition));
  }

  private static boolean tracing(ObjectNode input, MachineSettings base) {
    return Inputs.member(input, "tracingConfiguration")
        .map(config -> config.path("enabled").asBoolean(false))
        .orElse(base.tracing);
  }

  private static String encryption(ObjectNode input, MachineSettings base) {
    return Inputs.member(input, "encryptionConfiguration")
        .map(StoredJson::write)
        .orElse(base.encryption);
  }
}
