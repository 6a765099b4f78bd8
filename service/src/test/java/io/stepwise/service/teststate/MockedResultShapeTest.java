package io.stepwise.service.teststate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.service.api.ApiError;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A mocked task result checked against the output shape of its API, as AWS checks it. */
class MockedResultShapeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String START = "arn:aws:states:::states:startExecution";
  private static final String INVOKE = "arn:aws:states:::lambda:invoke";
  private static final String GET_FUNCTION = "arn:aws:states:::aws-sdk:lambda:getFunction";

  @Test
  void strictWantsTheRequiredFieldsUnderTheirCapitalizedNames() throws JsonProcessingException {
    assertThat(problem(START, "{\"executionArn\":\"a\",\"startDate\":\"d\"}", "STRICT"))
        .contains("Mock result schema validation error: Required field 'ExecutionArn' is missing");
    assertThat(problem(START, "{\"ExecutionArn\":\"a\",\"StartDate\":\"d\"}", "STRICT")).isEmpty();
  }

  @Test
  void presentChecksOnlyTheFieldsThatArePresent() throws JsonProcessingException {
    assertThat(problem(START, "{}", "PRESENT")).isEmpty();
    assertThat(problem(START, "{\"StartDate\":true}", "PRESENT"))
        .contains("Mock result schema validation error: Field 'StartDate' must be a string");
  }

  @Test
  void numbersAreCheckedForTheirTypeAndRange() throws JsonProcessingException {
    assertThat(problem(INVOKE, "{\"StatusCode\":\"200\"}", "STRICT"))
        .contains("Mock result schema validation error: Field 'StatusCode' must be a number");
    assertThat(problem(GET_FUNCTION, "{\"Configuration\":{\"MemorySize\":127}}", "PRESENT"))
        .contains(
            "Mock result schema validation error: Field 'MemorySize' is less than the minimum"
                + " value");
    assertThat(problem(INVOKE, "{\"StatusCode\":200,\"Payload\":{\"any\":[1]}}", "STRICT"))
        .isEmpty();
  }

  @Test
  void noneAndServicesWithoutAModelAreNotChecked() throws JsonProcessingException {
    assertThat(problem(START, "{}", "NONE")).isEmpty();
    assertThat(problem("arn:aws:states:::sagemaker:createModel", "{\"ModelArn\":1}", "STRICT"))
        .isEmpty();
    assertThat(problem("arn:aws:states:::aws-sdk:kms", "{\"KeyId\":1}", "STRICT")).isEmpty();
  }

  @Test
  void awsSdkTasksAreCheckedAgainstTheirServicesOutputModel() throws JsonProcessingException {
    assertThat(
            problem("arn:aws:states:::aws-sdk:kms:encrypt", "{\"CiphertextBlob\":\"\"}", "PRESENT"))
        .contains(
            "Mock result schema validation error: Field 'CiphertextBlob' is smaller than the"
                + " minimum length");
    assertThat(problem("arn:aws:states:::aws-sdk:kms:encrypt", "{\"CiphertextBlob\":1}", "STRICT"))
        .contains("Mock result schema validation error: Field 'CiphertextBlob' must be a string");
    assertThat(
            problem("arn:aws:states:::aws-sdk:s3:getObject", "{\"StorageClass\":\"X\"}", "STRICT"))
        .contains(
            "Mock result schema validation error: Field 'StorageClass' is not an expected value");
    assertThat(
            problem(
                "arn:aws:states:::aws-sdk:s3:getObject",
                "{\"StorageClass\":\"GLACIER\",\"ContentLength\":9000,\"Body\":\"text\"}",
                "STRICT"))
        .isEmpty();
  }

  @Test
  void optimizedIntegrationsNameTheServiceByItsEndpointPrefix() throws JsonProcessingException {
    String putEvents = "arn:aws:states:::events:putEvents";
    assertThat(problem(putEvents, "{\"Entries\":\"text\"}", "STRICT"))
        .contains("Mock result schema validation error: Field 'Entries' must be an array");
    assertThat(problem(putEvents, "{\"Entries\":[{\"EventId\":\"a\"},{\"EventId\":[]}]}", "STRICT"))
        .contains("Mock result schema validation error: Field 'EventId' must be a string");
    assertThat(problem(putEvents, "{\"Unknown\":1}", "STRICT")).isEmpty();
    assertThat(problem("arn:aws:states:::sqs:sendMessage", "{\"MessageId\":1}", "STRICT"))
        .contains("Mock result schema validation error: Field 'MessageId' must be a string");
    assertThat(
            problem(
                "arn:aws:states:::dynamodb:putItem",
                "{\"ConsumedCapacity\":{\"CapacityUnits\":\"1.5\"}}",
                "PRESENT"))
        .contains("Mock result schema validation error: Field 'CapacityUnits' must be a number");
  }

  @Test
  void recursiveShapesAreCheckedAtEveryDepth() throws JsonProcessingException {
    String getItem = "arn:aws:states:::dynamodb:getItem";
    assertThat(
            problem(
                getItem, "{\"Item\":{\"a\":{\"M\":{\"b\":{\"L\":[{\"S\":\"c\"}]}}}}}", "STRICT"))
        .isEmpty();
    assertThat(problem(getItem, "{\"Item\":{\"a\":{\"M\":{\"b\":{\"L\":[{\"N\":1}]}}}}}", "STRICT"))
        .contains("Mock result schema validation error: Field 'N' must be a string");
  }

  @Test
  void lambdaMemoryIsBoundedAsAwsBoundsIt() throws JsonProcessingException {
    assertThat(problem(GET_FUNCTION, "{\"Configuration\":{\"MemorySize\":10241}}", "STRICT"))
        .contains(
            "Mock result schema validation error: Field 'MemorySize' exceeds the maximum value");
    assertThat(problem(GET_FUNCTION, "{\"Configuration\":{\"MemorySize\":10240}}", "STRICT"))
        .isEmpty();
  }

  private static Optional<String> problem(String resource, String result, String mode)
      throws JsonProcessingException {
    JsonNode json = JSON.readTree(result);
    return MockedResultShape.problem(resource, json, mode).map(ApiError::message);
  }
}
