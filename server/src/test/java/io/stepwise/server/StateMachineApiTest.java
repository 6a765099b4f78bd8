package io.stepwise.server;

import static io.stepwise.server.ResourceApi.MACHINE_PREFIX;
import static io.stepwise.server.ResourceApi.PASS;
import static io.stepwise.server.ResourceApi.ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.store.memory.InMemoryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.InvalidLoggingConfigurationException;
import software.amazon.awssdk.services.sfn.model.InvalidNameException;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.ListStateMachinesResponse;
import software.amazon.awssdk.services.sfn.model.LogLevel;
import software.amazon.awssdk.services.sfn.model.MissingRequiredParameterException;
import software.amazon.awssdk.services.sfn.model.StateMachineAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.UpdateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/** CreateStateMachine, Describe, Update, Delete and List through the AWS SDK. */
class StateMachineApiTest {

  private final ResourceApi api = new ResourceApi(new InMemoryStore());
  private final SfnClient sfn = api.sfn;

  @AfterEach
  void close() {
    api.close();
  }

  @Test
  void createsAndDescribesAMachineInTheCallersRegion() {
    CreateStateMachineResponse created =
        sfn.createStateMachine(r -> r.name("Hello").definition(PASS).roleArn(ROLE));

    assertThat(created.stateMachineArn()).isEqualTo(MACHINE_PREFIX + "Hello");
    assertThat(created.stateMachineVersionArn()).isNull();
    DescribeStateMachineResponse described =
        sfn.describeStateMachine(r -> r.stateMachineArn(created.stateMachineArn()));
    assertThat(described.name()).isEqualTo("Hello");
    assertThat(described.definition()).isEqualTo(PASS);
    assertThat(described.roleArn()).isEqualTo(ROLE);
    assertThat(described.type()).isEqualTo(StateMachineType.STANDARD);
    assertThat(described.statusAsString()).isEqualTo("ACTIVE");
    assertThat(described.creationDate()).isEqualTo(created.creationDate());
    assertThat(described.loggingConfiguration().level()).isEqualTo(LogLevel.OFF);
    assertThat(described.loggingConfiguration().includeExecutionData()).isFalse();
    assertThat(described.tracingConfiguration().enabled()).isFalse();
    assertThat(described.encryptionConfiguration().typeAsString()).isEqualTo("AWS_OWNED_KEY");
    assertThat(described.revisionId()).as("AWS shows it after an update only").isNull();
  }

  @Test
  void answersARepeatedCreateWithTheExistingMachine() {
    CreateStateMachineResponse first =
        sfn.createStateMachine(r -> r.name("Same").definition(PASS).roleArn(ROLE));
    CreateStateMachineResponse again =
        sfn.createStateMachine(r -> r.name("Same").definition(PASS).roleArn(ROLE));

    assertThat(again.stateMachineArn()).isEqualTo(first.stateMachineArn());
    assertThat(again.creationDate()).isEqualTo(first.creationDate());
  }

  @Test
  void ignoresAnotherRoleInARepeatedCreateAndKeepsTheFirst() {
    CreateStateMachineResponse first =
        sfn.createStateMachine(r -> r.name("Role").definition(PASS).roleArn(ROLE));
    String otherRole = "arn:aws:iam::123456789012:role/Other";

    CreateStateMachineResponse again =
        sfn.createStateMachine(r -> r.name("Role").definition(PASS).roleArn(otherRole));

    assertThat(again.creationDate()).isEqualTo(first.creationDate());
    assertThat(sfn.describeStateMachine(r -> r.stateMachineArn(first.stateMachineArn())).roleArn())
        .isEqualTo(ROLE);
  }

  @Test
  void refusesTheSameNameWithAnotherDefinitionText() {
    api.createMachine("Taken");
    String reformatted = PASS.replace(" ", "");

    assertThatThrownBy(
            () ->
                sfn.createStateMachine(r -> r.name("Taken").definition(reformatted).roleArn(ROLE)))
        .isInstanceOf(StateMachineAlreadyExistsException.class)
        .hasMessageStartingWith("State Machine Already Exists: '" + MACHINE_PREFIX + "Taken'");
  }

  @Test
  void refusesInvalidNamesRolesAndDefinitions() {
    assertThatThrownBy(
            () -> sfn.createStateMachine(r -> r.name("a b").definition(PASS).roleArn(ROLE)))
        .isInstanceOf(InvalidNameException.class)
        .hasMessageStartingWith("Invalid Name: 'a b'");
    assertThatThrownBy(
            () -> sfn.createStateMachine(r -> r.name("m").definition(PASS).roleArn("role")))
        .isInstanceOf(InvalidArnException.class)
        .hasMessageStartingWith("Invalid Arn: 'Invalid ARN prefix: role'");
    assertThatThrownBy(
            () ->
                sfn.createStateMachine(
                    r -> r.name("m").definition("{\"StartAt\": \"S\"}").roleArn(ROLE)))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageStartingWith(
            "Invalid State Machine Definition: "
                + "'SCHEMA_VALIDATION_FAILED: These fields are required: [States] at /'");
  }

  @Test
  void refusesServiceIntegrationsThatExpressMachinesCannotRun() {
    String waitForToken =
        "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": "
            + "\"arn:aws:states:::sqs:sendMessage.waitForTaskToken\", \"End\": true}}}";

    assertThatThrownBy(
            () ->
                sfn.createStateMachine(
                    r ->
                        r.name("x")
                            .definition(waitForToken)
                            .roleArn(ROLE)
                            .type(StateMachineType.EXPRESS)))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("/States/T/Resource");
  }

  @Test
  void checksLoggingConfigurationsAsAwsDoes() {
    assertThatThrownBy(
            () ->
                sfn.createStateMachine(
                    r ->
                        r.name("logs")
                            .definition(PASS)
                            .roleArn(ROLE)
                            .loggingConfiguration(l -> l.level(LogLevel.ALL))))
        .isInstanceOf(InvalidLoggingConfigurationException.class)
        .hasMessageStartingWith(
            "Invalid Logging Configuration: Must specify exactly one Log Destination.");
    String logGroup = "arn:aws:logs:eu-west-1:123456789012:log-group:sfn-logs:*";

    sfn.createStateMachine(
        r ->
            r.name("logs")
                .definition(PASS)
                .roleArn(ROLE)
                .loggingConfiguration(
                    l ->
                        l.level(LogLevel.ERROR)
                            .includeExecutionData(true)
                            .destinations(
                                d -> d.cloudWatchLogsLogGroup(g -> g.logGroupArn(logGroup)))));

    var logging =
        sfn.describeStateMachine(r -> r.stateMachineArn(MACHINE_PREFIX + "logs"))
            .loggingConfiguration();
    assertThat(logging.level()).isEqualTo(LogLevel.ERROR);
    assertThat(logging.includeExecutionData()).isTrue();
    assertThat(logging.destinations().get(0).cloudWatchLogsLogGroup().logGroupArn())
        .isEqualTo(logGroup);
  }

  @Test
  void refusesAVersionDescriptionWithoutPublish() {
    assertThatThrownBy(
            () ->
                sfn.createStateMachine(
                    r -> r.name("v").definition(PASS).roleArn(ROLE).versionDescription("first")))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("Version description can only be set when publish is true");
  }

  @Test
  void updatesTheDefinitionAsANewRevision() {
    String arn = api.createMachine("Updated");
    String changed = PASS.replace("\"P\"", "\"Q\"");

    UpdateStateMachineResponse updated =
        sfn.updateStateMachine(r -> r.stateMachineArn(arn).definition(changed));

    DescribeStateMachineResponse described = sfn.describeStateMachine(r -> r.stateMachineArn(arn));
    assertThat(described.definition()).isEqualTo(changed);
    assertThat(described.roleArn()).isEqualTo(ROLE);
    assertThat(described.revisionId()).isEqualTo(updated.revisionId()).isNotBlank();
    assertThat(updated.updateDate()).isAfterOrEqualTo(described.creationDate());
    assertThat(updated.stateMachineVersionArn()).isNull();
  }

  @Test
  void refusesUpdatesWithNothingToUpdateOrOfVersions() {
    String arn = api.createMachine("Fixed");

    assertThatThrownBy(() -> sfn.updateStateMachine(r -> r.stateMachineArn(arn)))
        .isInstanceOf(MissingRequiredParameterException.class)
        .hasMessageStartingWith(
            "Either the definition, the role ARN, the LoggingConfiguration, "
                + "or the TracingConfiguration must be specified");
    assertThatThrownBy(
            () -> sfn.updateStateMachine(r -> r.stateMachineArn(arn + ":2").definition(PASS)))
        .isInstanceOf(StateMachineDoesNotExistException.class)
        .hasMessageStartingWith("State Machine Does Not Exist: '" + arn + ":2'");
    assertThatThrownBy(() -> sfn.updateStateMachine(r -> r.stateMachineArn(arn).definition("{}")))
        .isInstanceOf(InvalidDefinitionException.class);
  }

  @Test
  void deletesAMachineAndForgetsIt() {
    String arn = api.createMachine("Gone");

    sfn.deleteStateMachine(r -> r.stateMachineArn(arn));
    sfn.deleteStateMachine(r -> r.stateMachineArn(arn));

    assertThatThrownBy(() -> sfn.describeStateMachine(r -> r.stateMachineArn(arn)))
        .isInstanceOf(StateMachineDoesNotExistException.class)
        .hasMessageStartingWith("State Machine Does Not Exist: '" + arn + "'");
    assertThat(sfn.listStateMachines(r -> {}).stateMachines()).isEmpty();
  }

  @Test
  void listsMachinesPageByPage() {
    api.createMachine("m1");
    api.createMachine("m2");
    api.createMachine("m3");

    ListStateMachinesResponse first = sfn.listStateMachines(r -> r.maxResults(2));
    ListStateMachinesResponse second =
        sfn.listStateMachines(r -> r.maxResults(2).nextToken(first.nextToken()));

    assertThat(first.stateMachines()).extracting(m -> m.name()).containsExactly("m1", "m2");
    assertThat(second.stateMachines()).extracting(m -> m.name()).containsExactly("m3");
    assertThat(second.nextToken()).isNull();
    assertThat(first.stateMachines().get(0).stateMachineArn()).isEqualTo(MACHINE_PREFIX + "m1");
    assertThat(first.stateMachines().get(0).type()).isEqualTo(StateMachineType.STANDARD);
    assertThatThrownBy(() -> sfn.listStateMachines(r -> r.nextToken("forged")))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageStartingWith("Invalid Token: 'Invalid token'");
  }

  @Test
  void describesOnlyExistingMachinesByValidArns() {
    assertThatThrownBy(() -> sfn.describeStateMachine(r -> r.stateMachineArn("not_an_arn")))
        .isInstanceOf(InvalidArnException.class)
        .hasMessageStartingWith("Invalid Arn: 'Invalid ARN prefix: not_an_arn'");
    assertThatThrownBy(
            () -> sfn.describeStateMachine(r -> r.stateMachineArn(MACHINE_PREFIX + "none")))
        .isInstanceOf(StateMachineDoesNotExistException.class);
  }
}
