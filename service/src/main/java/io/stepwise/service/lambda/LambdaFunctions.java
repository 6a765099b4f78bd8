package io.stepwise.service.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.tasks.functions.FunctionConfiguration;
import io.stepwise.tasks.functions.FunctionName;
import io.stepwise.tasks.functions.LocalFunctions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The Lambda API's function operations, as values: each takes the request's members and answers the
 * output document or the {@link ApiError} AWS would answer. Functions live in a {@link
 * FunctionStore} and run in {@link LocalFunctions}.
 */
public final class LambdaFunctions {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9-_]{1,64}");

  private final FunctionStore store;
  private final LocalFunctions functions;
  private final Clock clock;

  public LambdaFunctions(FunctionStore store, LocalFunctions functions, Clock clock) {
    this.store = store;
    this.functions = functions;
    this.clock = clock;
  }

  public synchronized ApiResult<ObjectNode> create(RequestContext context, JsonNode input) {
    String name = FunctionName.parse(input.path("FunctionName").asText("")).name();
    if (!NAME.matcher(name).matches()) {
      return LambdaErrors.validation(
          "'" + name + "'",
          "functionName",
          "Member must satisfy regular expression pattern: "
              + "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?"
              + "(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?");
    }
    if (!input.path("Role").isTextual()) {
      return LambdaErrors.validation("null", "role", "Member must not be null");
    }
    String runtime = input.path("Runtime").asText("");
    if (runtime.isEmpty() || (!runtime.startsWith("provided") && !input.has("Handler"))) {
      return LambdaErrors.invalidParameter(
          "Runtime and Handler are mandatory parameters for functions created with deployment"
              + " packages.");
    }
    if (store.findStored(name).isPresent()) {
      return LambdaErrors.functionExists(name);
    }
    FunctionConfiguration base =
        FunctionConfiguration.of(
            name,
            context.region(),
            context.accountId(),
            runtime,
            input.path("Handler").asText(""),
            store.functionDirectory(name));
    return FunctionSettings.apply(input, base)
        .then(
            configured ->
                DeploymentPackage.install(input.path("Code"), store.functionDirectory(name))
                    .map(code -> save(configured, code, input)));
  }

  private ObjectNode save(FunctionConfiguration configured, DeploymentPackage code, JsonNode in) {
    StoredFunction function =
        new StoredFunction(
            FunctionSettings.withCode(configured, code.directory()),
            in.path("Role").asText(),
            in.path("Description").asText(""),
            code.sha256(),
            code.size(),
            clock.instant(),
            UUID.randomUUID().toString());
    store.save(function);
    return FunctionDescriptions.configuration(function);
  }

  public ApiResult<ObjectNode> get(RequestContext context, String reference) {
    return find(context, reference).map(FunctionDescriptions::function);
  }

  public ApiResult<ObjectNode> getConfiguration(RequestContext context, String reference) {
    return find(context, reference).map(FunctionDescriptions::configuration);
  }

  public ApiResult<ObjectNode> list(Optional<String> marker, Optional<Integer> maxItems) {
    return FunctionListing.page(store.listStored(), marker, maxItems);
  }

  public synchronized ApiResult<ObjectNode> delete(RequestContext context, String reference) {
    return find(context, reference)
        .map(
            function -> {
              store.remove(function.name());
              functions.retire(function.name());
              return JsonNodeFactory.instance.objectNode();
            });
  }

  public synchronized ApiResult<ObjectNode> updateCode(
      RequestContext context, String reference, JsonNode input) {
    return find(context, reference)
        .then(
            function ->
                DeploymentPackage.install(input, store.functionDirectory(function.name()))
                    .map(code -> replaceCode(function, code)));
  }

  private ObjectNode replaceCode(StoredFunction function, DeploymentPackage code) {
    StoredFunction updated =
        function.withCode(
            FunctionSettings.withCode(function.configuration(), code.directory()),
            code.sha256(),
            code.size(),
            clock.instant(),
            UUID.randomUUID().toString());
    store.save(updated);
    functions.retire(function.name());
    Path old = function.configuration().codeDirectory();
    if (!old.equals(code.directory()) && old.startsWith(store.functionDirectory(function.name()))) {
      FunctionStore.deleteTree(old);
    }
    return FunctionDescriptions.configuration(updated);
  }

  public synchronized ApiResult<ObjectNode> updateConfiguration(
      RequestContext context, String reference, JsonNode input) {
    return find(context, reference)
        .then(
            function ->
                FunctionSettings.apply(input, function.configuration())
                    .map(configuration -> reconfigure(function, configuration, input)));
  }

  private ObjectNode reconfigure(
      StoredFunction function, FunctionConfiguration configuration, JsonNode input) {
    StoredFunction updated =
        function
            .withConfiguration(configuration, clock.instant(), UUID.randomUUID().toString())
            .withDescription(input.path("Description").asText(function.description()))
            .withRole(input.path("Role").asText(function.role()));
    store.save(updated);
    return FunctionDescriptions.configuration(updated);
  }

  public synchronized ApiResult<ObjectNode> putConcurrency(
      RequestContext context, String reference, JsonNode input) {
    JsonNode reserved = input.path("ReservedConcurrentExecutions");
    if (!reserved.isInt() || reserved.asInt() < 0) {
      return LambdaErrors.validation(
          reserved.isMissingNode() ? "null" : "'" + reserved.asText() + "'",
          "reservedConcurrentExecutions",
          reserved.isMissingNode()
              ? "Member must not be null"
              : "Member must have value greater than or equal to 0");
    }
    return find(context, reference)
        .map(
            function -> {
              store.put(function.configuration().withReservedConcurrency(reserved.asInt()));
              return JsonNodeFactory.instance
                  .objectNode()
                  .put("ReservedConcurrentExecutions", reserved.asInt());
            });
  }

  public ApiResult<ObjectNode> getConcurrency(RequestContext context, String reference) {
    return find(context, reference)
        .map(
            function -> {
              ObjectNode output = JsonNodeFactory.instance.objectNode();
              function
                  .configuration()
                  .reservedConcurrency()
                  .ifPresent(n -> output.put("ReservedConcurrentExecutions", n));
              return output;
            });
  }

  public synchronized ApiResult<ObjectNode> deleteConcurrency(
      RequestContext context, String reference) {
    return find(context, reference)
        .map(
            function -> {
              store.put(FunctionSettings.withoutReservedConcurrency(function.configuration()));
              return JsonNodeFactory.instance.objectNode();
            });
  }

  private ApiResult<StoredFunction> find(RequestContext context, String reference) {
    return FunctionLookup.find(store, context, reference);
  }
}
