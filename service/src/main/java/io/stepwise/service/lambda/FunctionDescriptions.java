package io.stepwise.service.lambda;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.tasks.functions.FunctionConfiguration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The Lambda API's FunctionConfiguration and GetFunction outputs of a stored function. */
final class FunctionDescriptions {
  /** Lambda's timestamps, e.g. {@code 2024-05-02T10:11:12.345+0000}. */
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private FunctionDescriptions() {}

  static ObjectNode configuration(StoredFunction function) {
    FunctionConfiguration configuration = function.configuration();
    ObjectNode node =
        NODES
            .objectNode()
            .put("FunctionName", configuration.name())
            .put("FunctionArn", configuration.arn())
            .put("Runtime", configuration.runtime())
            .put("Role", function.role())
            .put("Handler", configuration.handler())
            .put("CodeSize", function.codeSize())
            .put("Description", function.description())
            .put("Timeout", configuration.timeoutSeconds())
            .put("MemorySize", configuration.memorySize())
            .put("LastModified", TIMESTAMP.format(function.lastModified()))
            .put("CodeSha256", function.codeSha256())
            .put("Version", "$LATEST")
            .put("RevisionId", function.revisionId())
            .put("State", "Active")
            .put("LastUpdateStatus", "Successful")
            .put("PackageType", "Zip");
    if (!configuration.environment().isEmpty()) {
      ObjectNode variables = node.putObject("Environment").putObject("Variables");
      configuration.environment().forEach(variables::put);
    }
    node.putObject("TracingConfig").put("Mode", "PassThrough");
    node.putArray("Architectures").add("x86_64");
    node.putObject("EphemeralStorage").put("Size", 512);
    node.putObject("LoggingConfig")
        .put("LogFormat", "Text")
        .put("LogGroup", "/aws/lambda/" + configuration.name());
    return node;
  }

  /**
   * GetFunction's output. The code location is the code directory as a {@code file:} URI, since
   * there is no S3 to presign a URL for.
   */
  static ObjectNode function(StoredFunction function) {
    ObjectNode node = NODES.objectNode();
    node.set("Configuration", configuration(function));
    node.putObject("Code")
        .put("RepositoryType", "S3")
        .put("Location", function.configuration().codeDirectory().toUri().toString());
    function
        .configuration()
        .reservedConcurrency()
        .ifPresent(n -> node.putObject("Concurrency").put("ReservedConcurrentExecutions", n));
    return node;
  }
}
