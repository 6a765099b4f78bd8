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
    assertThat(problem("arn:aws:states:::sqs:sendMessage", "{\"MessageId\":1}", "STRICT"))
        .isEmpty();
  }

  private static Optional<String> problem(String resource, String result, String mode)
      throws JsonProcessingException {
    JsonNode json = JSON.readTree(result);
    return MockedResultShape.problem(resource, json, mode).map(ApiError::message);
  }
}
