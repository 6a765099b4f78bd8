package io.stepwise.server.wire;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.server.auth.Authenticator;
import io.stepwise.server.auth.Caller;
import io.stepwise.server.model.InputValidator;
import io.stepwise.server.model.ServiceModel;
import io.stepwise.server.model.ServiceModel.Operation;
import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.ErrorTypes;
import io.stepwise.service.api.OperationRegistry;
import io.stepwise.service.api.RequestContext;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Answers one API request, in AWS's order: authenticate, find the operation named by {@code
 * X-Amz-Target}, read the JSON body, validate it against the model, run the registered handler. The
 * first failing step's error is the answer; an exception from a handler is a bug and becomes a
 * generic InternalFailure, logged with the request id but never sent to the caller.
 */
public final class ApiDispatcher {

  private static final System.Logger LOG = System.getLogger(ApiDispatcher.class.getName());

  private final ServiceModel model;
  private final OperationRegistry registry;
  private final Authenticator authenticator;
  private final String accountId;
  private final String defaultRegion;
  private final ObjectMapper mapper = new ObjectMapper();
  private final ObjectReader reader =
      mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final WireFormat wire = new WireFormat(mapper);

  public ApiDispatcher(
      ServiceModel model,
      OperationRegistry registry,
      Authenticator authenticator,
      String accountId,
      String defaultRegion) {
    this.model = model;
    this.registry = registry;
    this.authenticator = authenticator;
    this.accountId = accountId;
    this.defaultRegion = defaultRegion;
    Set<String> unknown = new TreeSet<>(registry.operationNames());
    unknown.removeAll(model.operationNames());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "Expected handlers for operations of the model only, got " + unknown);
    }
  }

  public WireFormat wire() {
    return wire;
  }

  public ApiReply dispatch(ApiRequest request, String requestId) {
    ApiResult<JsonNode> result;
    try {
      result =
          authenticator
              .authenticate(request)
              .then(caller -> operation(request).then(op -> run(op, caller, request, requestId)));
      Objects.requireNonNull(result, "Expected a result from the operation, got null");
    } catch (RuntimeException bug) {
      String target = request.header("X-Amz-Target").orElse("no target");
      LOG.log(Level.ERROR, "Request " + requestId + " (" + target + ") failed", bug);
      result = ApiError.of(ErrorTypes.INTERNAL_FAILURE, "An internal error occurred.").asResult();
    }
    return switch (result) {
      case ApiResult.Ok<JsonNode> ok -> wire.success(ok.value(), requestId);
      case ApiResult.Err<JsonNode> err -> wire.error(err.error(), requestId);
    };
  }

  private ApiResult<Operation> operation(ApiRequest request) {
    String prefix = model.targetPrefix() + ".";
    return request
        .header("X-Amz-Target")
        .filter(target -> target.startsWith(prefix))
        .flatMap(target -> model.operation(target.substring(prefix.length())))
        .map(ApiResult::ok)
        .orElseGet(() -> ApiError.of(ErrorTypes.UNKNOWN_OPERATION, "").asResult());
  }

  private ApiResult<JsonNode> run(
      Operation operation, Caller caller, ApiRequest request, String requestId) {
    ApiResult<ObjectNode> input =
        readBody(request.body())
            .then(
                body ->
                    InputValidator.validate(operation.input(), body)
                        .<ApiResult<ObjectNode>>map(ApiError::asResult)
                        .orElseGet(() -> ApiResult.ok((ObjectNode) body)));
    return input.then(body -> handle(operation.name(), caller, body, requestId));
  }

  private ApiResult<JsonNode> handle(
      String operation, Caller caller, ObjectNode input, String requestId) {
    Optional<ApiOperation> handler = registry.find(operation);
    if (handler.isEmpty()) {
      return ApiError.of(
              ErrorTypes.UNKNOWN_OPERATION, "Stepwise does not implement " + operation + " yet.")
          .asResult();
    }
    RequestContext context =
        new RequestContext(
            caller.region().orElse(defaultRegion), accountId, caller.accessKeyId(), requestId);
    return handler.get().handle(context, input);
  }

  /**
   * The body as JSON; an empty body is an empty input, unreadable JSON a SerializationException.
   */
  private ApiResult<JsonNode> readBody(byte[] body) {
    if (isBlank(body)) {
      return ApiResult.ok(mapper.createObjectNode());
    }
    try {
      return ApiResult.ok(reader.readTree(body));
    } catch (IOException unreadable) {
      return ApiError.of(ErrorTypes.SERIALIZATION_EXCEPTION, "").asResult();
    }
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }
}
