package io.stepwise.server.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.service.api.ApiError;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InputValidatorTest {

  private static final ServiceModel MODEL = ServiceModel.load();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String VERSION_1 = "arn:aws:states:us-east-1:111111111111:stateMachine:m:1";
  private static final String PLACEHOLDER_ARN =
      "arn:<partition>:states:<region>:111111111111:stateMachine:<ArnPart_0idx>";
  private static final String LONG_TOKEN = "x".repeat(3097);

  @Test
  void loadsEveryOperationOfTheModel() {
    assertThat(MODEL.operationNames()).hasSize(37).contains("StartSyncExecution", "TestState");
    assertThat(MODEL.targetPrefix()).isEqualTo("AWSStepFunctions");
  }

  static Stream<Arguments> recordedValidationErrors() {
    return Stream.of(
        Arguments.of("CreateStateMachineAlias", "exception_for_name123_", alias("\"123\"")),
        Arguments.of(
            "CreateStateMachineAlias", "exception_for_nameAAAA", alias(quoted("A".repeat(81)))),
        Arguments.of("CreateStateMachineAlias", "exception_for_nameALIAS_", alias("\"ALIAS@\"")),
        Arguments.of("CreateStateMachineAlias", "nameINVALID_ALIAS", alias("\"INVALID ALIAS\"")),
        Arguments.of("CreateStateMachineAlias", "name_INVALID_", alias("\"!INVALID\"")),
        Arguments.of(
            "CreateStateMachineAlias",
            "too_many_routing",
            "{\"name\": \"a\", \"routingConfiguration\": ["
                + route(PLACEHOLDER_ARN + ":1", 50)
                + ", "
                + route(PLACEHOLDER_ARN + ":2", 30)
                + ", "
                + route(PLACEHOLDER_ARN + ":3", 20)
                + "]}"),
        Arguments.of(
            "CreateStateMachineAlias",
            "weight_too_large",
            "{\"name\": \"a\", \"routingConfiguration\": [" + route(VERSION_1, 101) + "]}"),
        Arguments.of(
            "ListExecutions",
            "list_executions_pagination__list-executions-invalid-param-long-nextToken",
            "{\"stateMachineArn\": \"a\", \"nextToken\": \"" + LONG_TOKEN + "\"}"),
        Arguments.of(
            "ListExecutions",
            "list_executions_pagination__list-executions-invalid-param-too-large",
            "{\"stateMachineArn\": \"a\", \"maxResults\": 1001}"),
        Arguments.of(
            "ListExecutions",
            "versions_pagination__list-executions-invalid-param-too-large",
            "{\"stateMachineArn\": \"a:1\", \"maxResults\": 1001}"),
        Arguments.of(
            "ListStateMachineAliases",
            "max_results_0___list_state_machine_aliases_max_results_100",
            "{\"stateMachineArn\": \"a\", \"maxResults\": 1001}"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("recordedValidationErrors")
  void answersAsAwsAnsweredTheRecordedCall(String operation, String caseKey, String input)
      throws IOException {
    JsonNode expected = RecordedApiCases.find(operation, caseKey).at("/expected/error");
    Optional<ApiError> error = validate(operation, input);
    assertThat(error).isPresent();
    assertThat(error.get().type()).isEqualTo(expected.path("code").asText());
    assertThat(error.get().message())
        .isEqualTo(
            expected.path("message").asText().replace("<invalid_token_3097_chars>", LONG_TOKEN));
  }

  /**
   * AWS lists the enum values in an order of its own ([SUCCEEDED, TIMED_OUT, PENDING_REDRIVE,
   * ABORTED, FAILED, RUNNING]) that the published model does not give; Stepwise lists them in the
   * model's order, so only the order may differ.
   */
  @Test
  void namesTheEnumValuesAsAwsDoes() throws IOException {
    String recorded =
        RecordedApiCases.find("ListExecutions", "status_filter__list_executions_filter_exc")
            .at("/expected/error/message")
            .asText();
    String message =
        validate("ListExecutions", "{\"stateMachineArn\": \"a\", \"statusFilter\": \"succeeded\"}")
            .orElseThrow()
            .message();
    assertThat(beforeList(message)).isEqualTo(beforeList(recorded));
    assertThat(listed(message)).isEqualTo(listed(recorded));
  }

  @Test
  void countsEveryMissingRequiredMemberInModelOrder() throws IOException {
    assertThat(validate("CreateStateMachine", "{\"type\": \"STANDARD\"}").orElseThrow().message())
        .isEqualTo(
            "3 validation errors detected: "
                + "Value null at 'name' failed to satisfy constraint: Member must not be null; "
                + "Value null at 'definition' failed to satisfy constraint: Member must not be null; "
                + "Value null at 'roleArn' failed to satisfy constraint: Member must not be null");
    assertThat(
            validate("DescribeStateMachine", "{\"stateMachineArn\": null}").orElseThrow().message())
        .isEqualTo(
            "1 validation error detected: Value null at 'stateMachineArn' failed to satisfy"
                + " constraint: Member must not be null");
  }

  @Test
  void leavesSensitiveValuesOutOfTheMessage() throws IOException {
    String message =
        validate(
                "CreateStateMachine", "{\"name\": \"n\", \"definition\": \"\", \"roleArn\": \"r\"}")
            .orElseThrow()
            .message();
    assertThat(message)
        .isEqualTo(
            "1 validation error detected: Value at 'definition' failed to satisfy constraint:"
                + " Member must have length greater than or equal to 1");
  }

  @Test
  void reportsWrongJsonTypesAsSerializationErrors() throws IOException {
    assertThat(validate("ListStateMachines", "{\"maxResults\": \"10\"}").orElseThrow())
        .isEqualTo(
            ApiError.of("SerializationException", "STRING_VALUE cannot be converted to Integer"));
    assertThat(validate("DescribeStateMachine", "{\"stateMachineArn\": 42}").orElseThrow())
        .isEqualTo(
            ApiError.of("SerializationException", "NUMBER_VALUE cannot be converted to String"));
    assertThat(
            validate("DescribeStateMachine", "{\"stateMachineArn\": {}}").orElseThrow().message())
        .isEqualTo("Start of structure or map found where not expected.");
    assertThat(validate("DescribeStateMachine", "[]").orElseThrow().message())
        .isEqualTo("Start of list found where not expected.");
  }

  @Test
  void acceptsValidInputAndIgnoresUnknownMembers() throws IOException {
    assertThat(validate("ListStateMachines", "{}")).isEmpty();
    assertThat(
            validate(
                "GetExecutionHistory",
                "{\"executionArn\": \"e\", \"maxResults\": 1000, \"reverseOrder\": true,"
                    + " \"includeExecutionData\": false, \"unknown\": [1]}"))
        .isEmpty();
    assertThat(
            validate(
                "CreateStateMachineAlias",
                "{\"name\": \"PROD\", \"routingConfiguration\": ["
                    + route(VERSION_1, 60)
                    + ", "
                    + route(VERSION_1, 40)
                    + "]}"))
        .isEmpty();
  }

  private static Optional<ApiError> validate(String operation, String input) throws IOException {
    return InputValidator.validate(
        MODEL.operation(operation).orElseThrow().input(), MAPPER.readTree(input));
  }

  private static String alias(String name) {
    return "{\"name\": "
        + name
        + ", \"description\": \"create state machine alias description\","
        + " \"routingConfiguration\": ["
        + route(VERSION_1, 100)
        + "]}";
  }

  private static String route(String arn, int weight) {
    return "{\"stateMachineVersionArn\": \"" + arn + "\", \"weight\": " + weight + "}";
  }

  private static String quoted(String text) {
    return "\"" + text + "\"";
  }

  private static String beforeList(String message) {
    return message.substring(0, message.indexOf('['));
  }

  private static Set<String> listed(String message) {
    String list = message.substring(message.indexOf('[') + 1, message.indexOf(']'));
    return Arrays.stream(list.split(", ")).collect(Collectors.toSet());
  }
}
