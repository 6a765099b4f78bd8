package io.stepwise.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.HistoryRenderer;
import io.stepwise.runtime.ExecutionResult;
import java.io.PrintWriter;

/** Prints how an execution ended and answers the exit code that says so. */
final class ResultPrinter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PrintWriter out;

  ResultPrinter(PrintWriter out) {
    this.out = out;
  }

  /**
   * Prints the output of a successful execution, or its status, error and cause; or, when {@code
   * history} is set, its event history as GetExecutionHistory returns it.
   */
  int print(ExecutionResult result, boolean history) {
    if (history) {
      out.println(pretty(HistoryRenderer.render(result.history())));
    } else if (result.status() == ExecutionStatus.SUCCEEDED) {
      out.println(result.output());
    } else {
      out.println(failure(result));
    }
    out.flush();
    return result.status() == ExecutionStatus.SUCCEEDED
        ? ExitCodes.SUCCESS
        : ExitCodes.NOT_SUCCEEDED;
  }

  /** {@code {"status":...,"error":...,"cause":...}}, leaving out what AWS leaves out. */
  private static ObjectNode failure(ExecutionResult result) {
    ObjectNode failure = JsonNodeFactory.instance.objectNode();
    failure.put("status", result.status().name());
    if (result.error() != null) {
      failure.put("error", result.error());
    }
    if (result.cause() != null) {
      failure.put("cause", result.cause());
    }
    return failure;
  }

  private static String pretty(ObjectNode node) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree always serializes", e);
    }
  }
}
