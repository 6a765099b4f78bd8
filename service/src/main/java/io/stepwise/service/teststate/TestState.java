package io.stepwise.service.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.asl.parse.ParseResult;
import io.stepwise.asl.validate.MachineType;
import io.stepwise.engine.Engine;
import io.stepwise.engine.EngineOptions;
import io.stepwise.engine.ExecutionIdentity;
import io.stepwise.runtime.ExecutionResult;
import io.stepwise.runtime.InMemoryRuntime;
import io.stepwise.runtime.RunOptions;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.arn.ArnScope;
import io.stepwise.service.arn.StateMachineArn;
import io.stepwise.service.shape.Inputs;
import io.stepwise.tasks.s3.S3Tasks;
import java.util.UUID;

/**
 * TestState: runs one state through the engine, as the only state of an Express execution that
 * starts with the request's input and variables, and answers with how the state ended. Its task
 * runs through the task registry of executions, or answers with the request's mock.
 */
public final class TestState implements ApiOperation {

  private final TaskRegistry tasks;

  public TestState(TaskRegistry tasks) {
    this.tasks = tasks;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode request) {
    return TestRequest.read(request)
        .then(
            test ->
                TestedState.of(test.definition(), Inputs.text(request, "stateName"))
                    .then(state -> test.check(state).then(ok -> run(context, test, state))));
  }

  private ApiResult<JsonNode> run(RequestContext context, TestRequest test, TestedState state) {
    ObjectNode machine =
        TestedMachine.build(
            state.name(),
            state.json(),
            state.language(),
            test.variables(),
            test.mock().filter(mock -> state.type().equals("Parallel")));
    ParseResult parsed = DefinitionParser.parse(machine, MachineType.STANDARD);
    if (!parsed.isValid()) {
      return TestedState.invalid(parsed.diagnostics(), machine.toString());
    }
    TestSettings settings = test.settings(state.name());
    boolean map = state.type().equals("Map");
    InspectionRecorder recorder =
        new InspectionRecorder(
            state.name(),
            test.mock()
                .filter(mock -> map)
                .map(mock -> mock.iterations(test.failedIterations()))
                .orElse(null),
            test.context().orElse(null));
    RunOptions options = RunOptions.defaults();
    Engine engine = new Engine(parsed.machine(), new EngineOptions(options.jitter(), recorder));
    TaskRegistry registry =
        test.mock().map(mock -> map ? mapTasks(test) : mockedTasks(mock)).orElse(tasks);
    ExecutionResult result =
        new InMemoryRuntime(registry)
            .run(engine, identity(context, test), settings.input(), options);
    return ApiResult.ok(TestOutcome.render(result, recorder, settings));
  }

  /** Every task of the tested state answers with the mock. */
  private static TaskRegistry mockedTasks(TestMock mock) {
    return new TaskRegistry().registerPrefix("", mock.invoker());
  }

  /**
   * The tasks of a mocked Map state, whose iterations do not run: its ItemReader's, which reads the
   * request's {@code mapItemReaderData}.
   */
  private static TaskRegistry mapTasks(TestRequest test) {
    TaskRegistry registry = new TaskRegistry();
    test.itemReaderData().ifPresent(data -> S3Tasks.register(registry, new ItemReaderData(data)));
    return registry;
  }

  /** An Express execution of a machine of its own, as AWS runs a tested state. */
  private static ExecutionIdentity identity(RequestContext context, TestRequest test) {
    ArnScope scope = ArnScope.of(context.region(), context.accountId());
    StateMachineArn machine = new StateMachineArn(scope, UUID.randomUUID().toString());
    String execution = UUID.randomUUID().toString();
    String executionArn =
        machine.toString().replace(":stateMachine:", ":express:") + ":" + execution;
    return new ExecutionIdentity(
        executionArn,
        execution,
        machine.toString(),
        machine.name(),
        test.roleArn().orElse(null),
        context.region());
  }
}
