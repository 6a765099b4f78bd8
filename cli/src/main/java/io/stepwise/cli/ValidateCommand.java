package io.stepwise.cli;

import io.stepwise.asl.diagnostic.Diagnostic;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.asl.parse.ParseResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stepwise validate FILE}: reports every problem of a definition, with its location. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a state machine definition as CreateStateMachine would.",
      "Prints every problem on its own line as CODE: message at /json/pointer, or 'valid'."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the definition is valid",
      "1:the definition has problems (malformed JSON is one too)",
      ExitCodes.LIST_UNREADABLE
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The definition (Amazon States Language JSON).")
  private Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    return switch (FileText.read(file)) {
      case FileText.Unreadable unreadable -> {
        spec.commandLine().getErr().println("stepwise: " + unreadable.message());
        yield ExitCodes.UNREADABLE;
      }
      case FileText.Read read -> {
        ParseResult result = DefinitionParser.parse(read.text());
        if (result.diagnostics().isEmpty()) {
          out.println("valid");
          yield ExitCodes.SUCCESS;
        }
        for (Diagnostic diagnostic : result.diagnostics()) {
          out.println(diagnostic.describe());
        }
        yield ExitCodes.NOT_SUCCEEDED;
      }
    };
  }
}
