package io.stepwise.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.stepwise.service.ResourceOperations;
import io.stepwise.service.api.OperationRegistry;
import io.stepwise.store.memory.InMemoryStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Replays one recorded case on a fresh server (account 111111111111, region us-east-1, as
 * recorded): its setup calls, then the call, whose answer it compares with AWS's.
 *
 * <p>The recording replaced random names in requests by placeholders such as {@code
 * <ArnPart_0idx>}; they become names again. A request member recorded as {@code __U__} was made by
 * the test from an earlier answer; it is replaced by the matching value of the earliest or latest
 * earlier answer. Members recorded as {@code <api_shadow_plugin...>} objects cannot be rebuilt:
 * such cases are not replayable.
 */
final class CaseReplay {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("<([A-Za-z0-9_:]+)>");
  private static final String UNRECORDED_OBJECT = "<api_shadow_plugin.";
  private static final String UNRECORDED_VALUE = "__U__";

  private final Set<String> operations;
  private final Supplier<OperationRegistry> registries;
  private final Map<String, List<String>> answered = new HashMap<>();

  /** A replay of the resource operations, each case on a fresh in-memory store. */
  CaseReplay(Set<String> operations) {
    this(operations, CaseReplay::resourceOperations);
  }

  /** A replay of {@code operations}, each case on a fresh server of {@code registries}' making. */
  CaseReplay(Set<String> operations, Supplier<OperationRegistry> registries) {
    this.operations = operations;
    this.registries = registries;
  }

  private static OperationRegistry resourceOperations() {
    return ResourceOperations.register(
            OperationRegistry.builder(), new InMemoryStore(), Clock.systemUTC())
        .build();
  }

  /** How Stepwise's answer differs from AWS's; empty when it is AWS's answer. */
  Optional<String> replay(RecordedCase recorded) {
    OperationRegistry registry = registries.get();
    ServerConfig config =
        ServerConfig.fromEnvironment(
                Map.of("AWS_ACCOUNT_ID", "111111111111", "AWS_DEFAULT_REGION", "us-east-1"))
            .withAddress("127.0.0.1", 0);
    try (StepwiseServer server = StepwiseServer.start(config, registry)) {
      for (JsonNode call : recorded.setupCalls()) {
        call(server, call.path("operation").asText(), call.path("request"));
      }
      RawHttp.Response answer = call(server, recorded.operation(), recorded.request());
      return compare(recorded.expected(), answer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Why the case cannot be replayed; empty when it can. */
  Optional<String> unreplayable(RecordedCase recorded) {
    if (recorded.flagged("client_side_botocore_param_validation")) {
      return Optional.of("refused by the client, never sent to AWS");
    }
    if (recorded.flagged("needs_other_aws_service")) {
      return Optional.of("calls a real AWS Lambda function, which the recording does not hold");
    }
    String everything = recorded.request().toString() + recorded.setupCalls();
    if (everything.contains(UNRECORDED_OBJECT)) {
      return Optional.of("request members not recorded (api_shadow_plugin objects)");
    }
    if (recorded.request().toString().contains(UNRECORDED_VALUE)
        && recorded.setupCalls().isEmpty()) {
      return Optional.of("request member made from an answer that was not recorded");
    }
    for (JsonNode call : recorded.setupCalls()) {
      if (!operations.contains(call.path("operation").asText())) {
        return Optional.of("setup calls " + call.path("operation").asText());
      }
    }
    return Optional.empty();
  }

  private RawHttp.Response call(StepwiseServer server, String operation, JsonNode request)
      throws IOException {
    ObjectNode body = request.deepCopy();
    List<String> names = new ArrayList<>();
    body.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JsonNode value = body.get(name);
      if (value.isNull()) {
        body.remove(name);
      } else if (value.asText().equals(UNRECORDED_VALUE)) {
        body.set(name, new TextNode(earlierAnswer(name)));
      } else if (value.isTextual()) {
        body.put(
            name,
            PLACEHOLDER.matcher(value.asText()).replaceAll(m -> m.group(1).replace(':', '_')));
      }
    }
    RawHttp.Response response =
        RawHttp.call(server.port(), "AWSStepFunctions." + operation, body.toString());
    remember(response);
    return response;
  }

  private String earlierAnswer(String member) {
    return switch (member) {
      case "revisionId" -> first("revisionId");
      case "stateMachineArn", "resourceArn" ->
          last("stateMachineVersionArn").orElseGet(() -> last("stateMachineArn").orElse(""));
      default -> last(member).orElse("");
    };
  }

  private String first(String member) {
    return answered.getOrDefault(member, List.of("")).get(0);
  }

  private Optional<String> last(String member) {
    List<String> values = answered.getOrDefault(member, List.of());
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
  }

  private void remember(RawHttp.Response response) throws IOException {
    if (response.status() != 200) {
      return;
    }
    JsonNode answer = MAPPER.readTree(response.body());
    for (String member :
        List.of(
            "stateMachineArn",
            "stateMachineVersionArn",
            "stateMachineAliasArn",
            "activityArn",
            "revisionId")) {
      if (answer.path(member).isTextual()) {
        answered.computeIfAbsent(member, m -> new ArrayList<>()).add(answer.path(member).asText());
      }
    }
  }

  private static Optional<String> compare(JsonNode expected, RawHttp.Response answer)
      throws IOException {
    JsonNode body = MAPPER.readTree(answer.body());
    if (expected.has("response")) {
      return answer.status() == 200
          ? RecordedAnswer.mismatch(expected.path("response"), body, "")
          : Optional.of("expected a response, got " + answer.body());
    }
    JsonNode error = expected.path("error");
    String code = error.path("code").asText();
    String message = error.path("message").asText();
    if (!code.equals(body.path("__type").asText())) {
      return Optional.of("expected " + code + ", got " + answer.body());
    }
    return RecordedAnswer.sameMessage(message, body.path("message").asText())
        ? Optional.empty()
        : Optional.of("expected message " + message + ", got " + body.path("message").asText());
  }
}
