package io.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.diagnostic.Diagnostic;
import io.stepwise.asl.model.StateMachine;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.asl.parse.ParseResult;
import io.stepwise.runtime.ExecutionResult;
import io.stepwise.runtime.InMemoryRuntime;
import io.stepwise.runtime.RunOptions;
import io.stepwise.runtime.RuntimeClock;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.server.ServerConfig;
import io.stepwise.tasks.aws.AwsCredentials;
import io.stepwise.tasks.executions.LocalChildExecutions;
import io.stepwise.tasks.executions.NestedExecutions;
import io.stepwise.tasks.s3.S3Tasks;
import io.stepwise.tasks.services.ServiceEndpoints;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stepwise run FILE}: runs a state machine in this process and prints how it ended. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a state machine in this process, as a Standard execution.",
      "Prints the output JSON when it succeeds; otherwise {\"status\":...,\"error\":...,"
          + "\"cause\":...}.",
      "Waits, retry intervals and timeouts pass on a virtual clock, so they take no time,"
          + " unless --real-time is given.",
      "Task states that start executions (states:startExecution, .sync, .sync:2) run them"
          + " in this process: this machine, or one given by --state-machine.",
      "Other Task states fail the execution (this command registers no other task invokers)"
          + " unless a test case of --mock-config answers them."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.LIST_SUCCESS,
      ExitCodes.LIST_NOT_SUCCEEDED,
      ExitCodes.LIST_NOT_STARTED,
      ExitCodes.LIST_UNREADABLE
    })
final class RunCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The definition (Amazon States Language JSON).")
  private Path file;

  @ArgGroup(exclusive = true)
  private ExecutionInput input;

  @Option(
      names = "--history",
      description =
          "Print the event history as GetExecutionHistory returns it, instead of the output.")
  private boolean history;

  @Option(
      names = "--real-time",
      description = "Let waits, retry intervals and timeouts take their real time.")
  private boolean realTime;

  @Option(
      names = "--s3-bucket-folder",
      paramLabel = "BUCKET=DIR",
      description = {
        "Keep the objects of this bucket in this local folder, for distributed Map states'",
        "ItemReader and ResultWriter; repeatable."
      })
  private Map<String, Path> bucketFolders = new LinkedHashMap<>();

  @Option(
      names = "--state-machine-name",
      paramLabel = "NAME",
      description = {
        "The state machine's name, in the context object, the ARNs and the mock configuration",
        "(default: the file's name up to its first dot, e.g. Order for Order.asl.json)."
      })
  private String stateMachineName;

  @Option(
      names = "--state-machine",
      paramLabel = "NAME=FILE",
      description = {
        "Another state machine (a definition file) that states:startExecution tasks may start,",
        "by the ARN arn:aws:states:us-east-1:123456789012:stateMachine:NAME; repeatable."
      })
  private Map<String, Path> otherMachines = new LinkedHashMap<>();

  @Mixin private MockOptions mocks;

  /** The state machines that nested executions may run, by name. */
  private final Map<String, StateMachine> machines = new LinkedHashMap<>();

  @Override
  public Integer call() {
    for (Map.Entry<String, Path> other : otherMachines.entrySet()) {
      switch (load(other.getValue())) {
        case Loaded.Stop stop -> {
          return stop.exitCode();
        }
        case Loaded.Machine loaded -> machines.put(other.getKey(), loaded.machine());
      }
    }
    return switch (load(file)) {
      case Loaded.Stop stop -> stop.exitCode();
      case Loaded.Machine loaded -> run(loaded.machine());
    };
  }

  /** A parsed definition, or the exit code of a command that stops before running it. */
  private sealed interface Loaded {
    record Machine(StateMachine machine) implements Loaded {}

    record Stop(int exitCode) implements Loaded {}
  }

  private Loaded load(Path file) {
    PrintWriter err = spec.commandLine().getErr();
    return switch (FileText.read(file)) {
      case FileText.Unreadable unreadable -> {
        err.println("stepwise: " + unreadable.message());
        yield new Loaded.Stop(ExitCodes.UNREADABLE);
      }
      case FileText.Read read -> {
        ParseResult parsed = DefinitionParser.parse(read.text());
        if (parsed.diagnostics().isEmpty()) {
          yield new Loaded.Machine(parsed.machine());
        }
        err.println("stepwise: " + file + " is not a valid state machine:");
        parsed.diagnostics().stream().map(Diagnostic::describe).forEach(err::println);
        yield new Loaded.Stop(ExitCodes.NOT_STARTED);
      }
    };
  }

  private int run(StateMachine machine) {
    return switch (ExecutionInput.resolve(input)) {
      case ExecutionInput.Resolved.Problem problem -> {
        spec.commandLine().getErr().println("stepwise: " + problem.message());
        yield problem.exitCode();
      }
      case ExecutionInput.Resolved.Value value -> run(machine, value.json());
    };
  }

  private int run(StateMachine machine, JsonNode executionInput) {
    RunOptions options =
        RunOptions.defaults().withNames(machineName(), UUID.randomUUID().toString());
    switch (mocks.resolve(options.stateMachineName())) {
      case MockOptions.Resolved.Problem problem -> {
        spec.commandLine().getErr().println("stepwise: " + problem.message());
        return problem.exitCode();
      }
      case MockOptions.Resolved.Found found -> options = options.withTestCase(found.testCase());
      case MockOptions.Resolved.None none -> {}
    }
    ExecutionResult result = execute(machine, executionInput, options);
    return new ResultPrinter(spec.commandLine().getOut()).print(result, history);
  }

  /** Runs the execution to its end, named as AWS names one started without a name. */
  private ExecutionResult execute(StateMachine machine, JsonNode executionInput, RunOptions named) {
    RunOptions options = named;
    if (realTime) {
      options = options.withClock(RuntimeClock.system());
    }
    Map<String, String> environment = System.getenv();
    TaskRegistry tasks =
        S3Tasks.register(
            new TaskRegistry(),
            S3Tasks.buckets(
                bucketFolders,
                ServiceEndpoints.fromEnvironment(environment),
                AwsCredentials.fromEnvironment(environment),
                environment.getOrDefault("AWS_DEFAULT_REGION", ServerConfig.DEFAULT_REGION)));
    InMemoryRuntime runtime = new InMemoryRuntime(tasks);
    machines.put(options.stateMachineName(), machine);
    NestedExecutions.register(tasks).bind(new LocalChildExecutions(machines, runtime));
    return runtime.run(machine, executionInput, options);
  }

  /**
   * The state machine's name: {@code --state-machine-name}, else the file's name up to its first
   * dot ({@code hello.asl.json}).
   */
  private String machineName() {
    if (stateMachineName != null) {
      return stateMachineName;
    }
    String name = file.getFileName().toString();
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
