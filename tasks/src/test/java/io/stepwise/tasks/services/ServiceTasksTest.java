package io.stepwise.tasks.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.runtime.TaskContext;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.TaskResult;
import io.stepwise.tasks.aws.AwsCredentials;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceTasksTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FakeAwsEndpoint endpoint;
  private TaskRegistry tasks;

  @BeforeEach
  void start() throws Exception {
    endpoint = new FakeAwsEndpoint();
    ServiceEndpoints endpoints =
        ServiceEndpoints.none()
            .with("dynamodb", endpoint.uri())
            .with("sqs", endpoint.uri())
            .with("sns", endpoint.uri())
            .with("sfn", endpoint.uri())
            .with("eventbridge", endpoint.uri());
    ServiceClient client =
        new ServiceClient(
            endpoints,
            Optional.of(
                new AwsCredentials(FakeAwsEndpoint.ACCESS_KEY, FakeAwsEndpoint.SECRET, null)),
            Clock.systemUTC());
    tasks = ServiceTasks.register(new TaskRegistry(), client, "eu-west-1");
  }

  @AfterEach
  void stop() {
    endpoint.close();
  }

  private TaskResult run(String resource, String parameters) throws Exception {
    return tasks
        .invoker(resource)
        .invoke(JSON.readTree(parameters), new TaskContext(1, resource, null))
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
  }

  @Test
  void aDynamoDbPutItemIsASignedJsonCallAndAnswersTheResponse() throws Exception {
    endpoint.answer(200, "{\"ConsumedCapacity\":{\"TableName\":\"Orders\"}}");

    TaskResult result =
        run(
            "arn:aws:states:::dynamodb:putItem",
            "{\"TableName\":\"Orders\",\"Item\":{\"id\":{\"S\":\"1\"}}}");

    assertThat(((TaskResult.Success) result).output())
        .isEqualTo(JSON.readTree("{\"ConsumedCapacity\":{\"TableName\":\"Orders\"}}"));
    FakeAwsEndpoint.Received request = endpoint.received().getFirst();
    assertThat(request.target()).isEqualTo("DynamoDB_20120810.PutItem");
    assertThat(request.contentType()).isEqualTo("application/x-amz-json-1.0");
    assertThat(request.signed()).isTrue();
    assertThat(request.region()).isEqualTo("eu-west-1");
    assertThat(request.service()).isEqualTo("dynamodb");
  }

  @Test
  void aSignatureMadeWithAnotherSecretIsSeenAsInvalid() throws Exception {
    ServiceClient wrongKey =
        new ServiceClient(
            ServiceEndpoints.none().with("dynamodb", endpoint.uri()),
            Optional.of(new AwsCredentials(FakeAwsEndpoint.ACCESS_KEY, "another-secret", null)),
            Clock.systemUTC());
    ServiceTasks.register(new TaskRegistry(), wrongKey, "eu-west-1")
        .invoker("arn:aws:states:::dynamodb:getItem")
        .invoke(JSON.readTree("{}"), new TaskContext(1, "r", null))
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);

    assertThat(endpoint.received().getFirst().signed()).isFalse();
  }

  @Test
  void aServiceRefusalIsTheTaskErrorAwsNamesIt() throws Exception {
    endpoint.answer(
        400,
        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\","
            + "\"message\":\"The conditional request failed\"}");
    TaskResult dynamo = run("arn:aws:states:::dynamodb:updateItem", "{\"TableName\":\"T\"}");
    endpoint.answer(
        400, "{\"__type\":\"com.amazonaws.sqs#QueueDoesNotExist\",\"message\":\"no queue\"}");
    TaskResult sqs = run("arn:aws:states:::sqs:sendMessage", "{\"QueueUrl\":\"q\"}");

    TaskResult.Failure dynamoFailure = (TaskResult.Failure) dynamo;
    assertThat(dynamoFailure.error()).isEqualTo("DynamoDB.ConditionalCheckFailedException");
    assertThat(dynamoFailure.cause())
        .isEqualTo(
            "The conditional request failed (Service: DynamoDB, Status Code: 400, Request ID:"
                + " req-1)");
    assertThat(((TaskResult.Failure) sqs).error()).isEqualTo("SQS.QueueDoesNotExistException");
  }

  @Test
  void anSqsMessageBodyThatIsNotTextIsSentAsItsJson() throws Exception {
    endpoint.answer(200, "{\"MessageId\":\"m-1\",\"MD5OfMessageBody\":\"x\"}");

    run("arn:aws:states:::sqs:sendMessage", "{\"QueueUrl\":\"q\",\"MessageBody\":{\"a\":1}}");

    FakeAwsEndpoint.Received request = endpoint.received().getFirst();
    assertThat(request.target()).isEqualTo("AmazonSQS.SendMessage");
    assertThat(JSON.readTree(request.body()))
        .isEqualTo(JSON.readTree("{\"QueueUrl\":\"q\",\"MessageBody\":\"{\\\"a\\\":1}\"}"));
  }

  @Test
  void anSnsPublishIsAQueryCallWhoseXmlAnswerIsTheResult() throws Exception {
    endpoint.answer(
        200,
        "<PublishResponse><PublishResult><MessageId>id-7</MessageId></PublishResult>"
            + "</PublishResponse>");

    TaskResult result =
        run(
            "arn:aws:states:::sns:publish",
            "{\"TopicArn\":\"arn:aws:sns:eu-west-1:1:t\",\"Message\":{\"k\":\"v w\"}}");

    assertThat(((TaskResult.Success) result).output())
        .isEqualTo(JSON.readTree("{\"MessageId\":\"id-7\"}"));
    FakeAwsEndpoint.Received request = endpoint.received().getFirst();
    assertThat(request.body())
        .isEqualTo(
            "Action=Publish&Version=2010-03-31&TopicArn=arn%3Aaws%3Asns%3Aeu-west-1%3A1%3At"
                + "&Message=%7B%22k%22%3A%22v+w%22%7D");
    assertThat(request.signed()).isTrue();
    assertThat(request.service()).isEqualTo("sns");
  }

  @Test
  void anAwsSdkTaskOfStepFunctionsSpeaksItsCamelCaseWire() throws Exception {
    endpoint.answer(200, "{\"executionArn\":\"arn:x\",\"startDate\":1.7E9}");

    TaskResult result =
        run(
            "arn:aws:states:::aws-sdk:sfn:startExecution",
            "{\"StateMachineArn\":\"arn:m\",\"Input\":\"{}\"}");

    JsonNode output = ((TaskResult.Success) result).output();
    assertThat(output.get("ExecutionArn").asText()).isEqualTo("arn:x");
    FakeAwsEndpoint.Received request = endpoint.received().getFirst();
    assertThat(request.target()).isEqualTo("AWSStepFunctions.StartExecution");
    assertThat(JSON.readTree(request.body()))
        .isEqualTo(JSON.readTree("{\"stateMachineArn\":\"arn:m\",\"input\":\"{}\"}"));
    assertThat(request.service()).isEqualTo("states");
  }

  @Test
  void anEventBridgeDetailIsSentAsText() throws Exception {
    run(
        "arn:aws:states:::events:putEvents",
        "{\"Entries\":[{\"Source\":\"s\",\"DetailType\":\"t\",\"Detail\":{\"n\":1}}]}");

    FakeAwsEndpoint.Received request = endpoint.received().getFirst();
    assertThat(request.target()).isEqualTo("AWSEvents.PutEvents");
    assertThat(JSON.readTree(request.body()).at("/Entries/0/Detail").asText())
        .isEqualTo("{\"n\":1}");
  }

  @Test
  void aServiceWithoutEndpointOrNotCallableFailsNamingWhatToDo() throws Exception {
    TaskRegistry bare =
        ServiceTasks.register(
            new TaskRegistry(),
            new ServiceClient(ServiceEndpoints.none(), Optional.empty(), Clock.systemUTC()),
            "us-east-1");
    TaskResult.Failure none =
        (TaskResult.Failure)
            bare.invoker("arn:aws:states:::sqs:sendMessage")
                .invoke(JSON.readTree("{}"), new TaskContext(1, "r", null))
                .toCompletableFuture()
                .get();
    TaskResult.Failure unknown =
        (TaskResult.Failure) run("arn:aws:states:::aws-sdk:glue:startJobRun", "{}");

    assertThat(none.error()).isEqualTo("States.TaskFailed");
    assertThat(none.cause()).contains("AWS_ENDPOINT_URL_SQS", "--aws-endpoint sqs=URL");
    assertThat(unknown.cause()).contains("dynamodb", "glue");
    assertThat(endpoint.received()).isEmpty();
  }

  @Test
  void endpointsComeFromTheSdksEnvironmentVariables() {
    ServiceEndpoints endpoints =
        ServiceEndpoints.fromEnvironment(
            Map.of(
                "AWS_ENDPOINT_URL", "http://localhost:4566",
                "AWS_ENDPOINT_URL_SQS", "http://localhost:9324"));

    assertThat(endpoints.of("SQS"))
        .hasValueSatisfying(u -> assertThat(u.getPort()).isEqualTo(9324));
    assertThat(endpoints.of("DYNAMODB"))
        .hasValueSatisfying(u -> assertThat(u.getPort()).isEqualTo(4566));
  }
}
