package io.stepwise.service.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.engine.step.TaskResource;
import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.executions.ExecutionInputs;
import io.stepwise.service.shape.Inputs;
import java.util.Optional;
import java.util.Set;

/**
 * The members of a TestState request, read and checked as AWS checks them before it runs the state.
 *
 * @param definition the definition of the state, or of the machine that holds it
 * @param input the state's input ({@code {}} when the request has none)
 * @param variables the variables of the state's scope
 * @param mock the mock of the state's task, if any
 * @param context the context object the state sees instead of its own, if any
 */
record TestRequest(
    String definition,
    JsonNode input,
    ObjectNode variables,
    Optional<TestMock> mock,
    Optional<String> roleArn,
    String inspectionLevel,
    JsonNode stateConfiguration,
    Optional<JsonNode> context) {

  /** The state types whose work a mock cannot stand for. */
  private static final Set<String> UNMOCKABLE = Set.of("Pass", "Fail", "Succeed", "Choice", "Wait");

  static ApiResult<TestRequest> read(ObjectNode request) {
    return TestMock.read(request.get("mock"))
        .then(mock -> checkSecrets(request, mock))
        .then(
            mock ->
                ExecutionInputs.read(Inputs.text(request, "input").orElse("{}"))
                    .then(
                        input ->
                            variables(request)
                                .then(
                                    variables ->
                                        context(request)
                                            .map(
                                                context ->
                                                    new TestRequest(
                                                        Inputs.required(request, "definition"),
                                                        input,
                                                        variables,
                                                        mock,
                                                        Inputs.text(request, "roleArn"),
                                                        Inputs.text(request, "inspectionLevel")
                                                            .orElse("INFO"),
                                                        request.path("stateConfiguration"),
                                                        context)))));
  }

  private static ApiResult<Optional<JsonNode>> context(ObjectNode request) {
    Optional<String> text = Inputs.text(request, "context");
    if (text.isEmpty()) {
      return ApiResult.ok(Optional.empty());
    }
    return ExecutionInputs.read(text.get()).map(Optional::of);
  }

  private static ApiResult<Optional<TestMock>> checkSecrets(
      ObjectNode request, Optional<TestMock> mock) {
    return mock.isPresent() && Inputs.flag(request, "revealSecrets")
        ? TestStateErrors.revealSecretsWithMock().asResult()
        : ApiResult.ok(mock);
  }

  private static ApiResult<ObjectNode> variables(ObjectNode request) {
    Optional<String> text = Inputs.text(request, "variables");
    if (text.isEmpty()) {
      return ApiResult.ok(JsonNodeFactory.instance.objectNode());
    }
    return ExecutionInputs.read(text.get())
        .then(
            json ->
                json instanceof ObjectNode object
                    ? ApiResult.ok(object)
                    : TestStateErrors.variablesNotObject().asResult());
  }

  /** Checks that the request can test {@code state} as it asks. */
  ApiResult<TestedState> check(TestedState state) {
    return problem(state.type(), state.json())
        .<ApiResult<TestedState>>map(ApiError::asResult)
        .orElseGet(() -> ApiResult.ok(state));
  }

  private Optional<ApiError> problem(String type, ObjectNode state) {
    Optional<ApiError> contextProblem = context.flatMap(given -> TestContext.problem(given, state));
    if (contextProblem.isPresent()) {
      return contextProblem;
    }
    boolean mapOrParallel = type.equals("Map") || type.equals("Parallel");
    if (mock.isEmpty()) {
      if (stateConfiguration.has("mapIterationFailureCount")) {
        return Optional.of(TestStateErrors.iterationFailureCountWithoutMock());
      }
      if (mapOrParallel) {
        return Optional.of(TestStateErrors.mapOrParallelWithoutMock());
      }
      return type.equals("Task") ? unmockedTaskProblem(state) : Optional.empty();
    }
    if (UNMOCKABLE.contains(type)) {
      return Optional.of(TestStateErrors.mockNotSupported(type));
    }
    if (type.equals("Task") && !mock.orElseThrow().isError()) {
      return MockedResultShape.problem(
          state.path("Resource").asText(),
          mock.orElseThrow().result(),
          mock.orElseThrow().fieldValidationMode());
    }
    if (type.equals("Map")) {
      return mapMockProblem(state);
    }
    return type.equals("Parallel") ? parallelMockProblem(state) : Optional.empty();
  }

  /**
   * A task that waits for an answer from outside (an activity, a {@code .sync} or {@code
   * .waitForTaskToken} integration) needs a mock, as on AWS: a test would otherwise wait for it.
   */
  private Optional<ApiError> unmockedTaskProblem(ObjectNode state) {
    String resource = state.path("Resource").asText();
    if (resource.contains(":activity:") || TaskResource.waitsForAnswer(resource)) {
      return Optional.of(TestStateErrors.waitingTaskWithoutMock());
    }
    return roleArn.isEmpty() ? Optional.of(TestStateErrors.roleArnRequired()) : Optional.empty();
  }

  /**
   * A Map state's mocked result is its result: an array, or, when the state has a ResultWriter, the
   * object the writer returns. Of its iterations, no more can fail than there are.
   */
  private Optional<ApiError> mapMockProblem(ObjectNode state) {
    TestMock mapMock = mock.orElseThrow();
    if (mapMock.isError()) {
      return Optional.empty();
    }
    if (state.has("ResultWriter")) {
      return mapMock.result().isObject()
          ? Optional.empty()
          : Optional.of(TestStateErrors.mockResultNotObject());
    }
    if (!mapMock.result().isArray()) {
      return Optional.of(TestStateErrors.mockResultNotArray());
    }
    return failedIterations() > mapMock.result().size()
        ? Optional.of(TestStateErrors.iterationFailureCountOverIterations())
        : Optional.empty();
  }

  /** How many iterations of a mocked Map state failed, as the request says (0 when it does not). */
  int failedIterations() {
    return stateConfiguration.path("mapIterationFailureCount").asInt(0);
  }

  /** The data a mocked Map state's ItemReader reads, as the request gives it. */
  Optional<String> itemReaderData() {
    JsonNode data = stateConfiguration.path("mapItemReaderData");
    return data.isTextual() ? Optional.of(data.asText()) : Optional.empty();
  }

  private Optional<ApiError> parallelMockProblem(ObjectNode state) {
    TestMock parallelMock = mock.orElseThrow();
    if (parallelMock.isError()) {
      return Optional.empty();
    }
    if (!parallelMock.result().isArray()) {
      return Optional.of(TestStateErrors.mockResultNotArray());
    }
    return parallelMock.result().size() == state.path("Branches").size()
        ? Optional.empty()
        : Optional.of(TestStateErrors.mockResultBranchCount());
  }

  TestSettings settings(String stateName) {
    return new TestSettings(
        stateName,
        inspectionLevel,
        input,
        variables,
        stateConfiguration.path("retrierRetryCount").asInt(0));
  }
}
