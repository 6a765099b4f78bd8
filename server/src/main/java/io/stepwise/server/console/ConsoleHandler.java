package io.stepwise.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.server.auth.Authenticator;
import io.stepwise.server.auth.Caller;
import io.stepwise.server.wire.ApiReply;
import io.stepwise.server.wire.HttpRequests;
import io.stepwise.server.wire.WireFormat;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.name.RandomUuids;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Serves the console: its page at {@code GET /}, its files under {@code /console/}, and its JSON
 * API under {@code /console/api/} (see docs/console.md). Requests other than GET fall through to
 * the Step Functions API, whose requests are {@code POST /}. The console API authenticates as the
 * Step Functions API does (Signature V4 scoped to {@code states} when the server has credentials),
 * and refuses with the same errors; the page and its files are open, so that it can ask for keys.
 */
final class ConsoleHandler implements Handler {
  private static final String API = "/console/api/";
  private static final HeaderName LAST_EVENT_ID = HeaderNames.create("Last-Event-ID");
  // A request without a valid signature is refused as the Step Functions API refuses it.
  private static final WireFormat REFUSALS = new WireFormat(new ObjectMapper());

  private final ConsoleAssets assets;
  private final ConsoleQueries queries;
  private final EventStream events;
  private final Authenticator authenticator;

  ConsoleHandler(
      ConsoleAssets assets, ConsoleQueries queries, EventStream events, Authenticator auth) {
    this.assets = assets;
    this.queries = queries;
    this.events = events;
    this.authenticator = auth;
  }

  @Override
  public void handle(ServerRequest request, ServerResponse response) throws IOException {
    if (request.prologue().method() != Method.GET) {
      response.next();
      return;
    }
    String path = request.path().path();
    if (path.startsWith(API)) {
      api(path.substring(API.length()), request, response);
      return;
    }
    String file = path.equals("/") ? "index.html" : path.substring("/console/".length());
    Optional<ConsoleAssets.Asset> asset =
        path.equals("/") || path.startsWith("/console/") ? assets.asset(file) : Optional.empty();
    if (asset.isEmpty()) {
      response.status(404).send("Not found: " + path);
      return;
    }
    response.header("Content-Type", asset.get().contentType());
    response.header("Cache-Control", "no-cache");
    response.send(asset.get().bytes());
  }

  private void api(String route, ServerRequest request, ServerResponse response)
      throws IOException {
    ApiResult<Caller> caller =
        authenticator.authenticate(HttpRequests.apiRequest(request, new byte[0]));
    if (caller instanceof ApiResult.Err<Caller> err) {
      ApiReply refusal = REFUSALS.error(err.error(), RandomUuids.next());
      response.status(refusal.status());
      refusal.headers().forEach(response::header);
      response.send(refusal.body());
      return;
    }
    try {
      route(route, new Parameters(request), request, response);
    } catch (IllegalArgumentException bad) {
      json(response, 400, error(bad.getMessage()));
    }
  }

  private void route(
      String route, Parameters parameters, ServerRequest request, ServerResponse response)
      throws IOException {
    switch (route) {
      case "state-machines" ->
          json(response, 200, queries.machines(parameters.limit(), parameters.get("cursor")));
      case "state-machine" -> found(response, () -> queries.machine(parameters.required("arn")));
      case "executions" ->
          json(
              response,
              200,
              queries.executions(
                  parameters.get("stateMachineArn"),
                  parameters.status(),
                  parameters.get("name"),
                  parameters.limit(),
                  parameters.get("cursor")));
      case "execution" -> found(response, () -> queries.execution(parameters.required("arn")));
      case "execution/events" -> stream(request, response, parameters);
      case "map-run/children" ->
          found(
              response,
              () ->
                  queries.mapRunChildren(
                      parameters.required("executionArn"), parameters.required("mapRunArn")));
      case "function-logs" ->
          json(
              response,
              200,
              queries.functionLogs(parameters.required("name"), parameters.number("after")));
      default -> json(response, 404, error("No console API at " + route));
    }
  }

  private void found(ServerResponse response, Supplier<Optional<? extends JsonNode>> body) {
    Optional<? extends JsonNode> found = body.get();
    if (found.isPresent()) {
      json(response, 200, found.get());
    } else {
      json(response, 404, error("Not found"));
    }
  }

  private void stream(ServerRequest request, ServerResponse response, Parameters parameters)
      throws IOException {
    String arn = parameters.required("arn");
    if (!queries.hasExecution(arn)) {
      json(response, 404, error("Execution does not exist: " + arn));
      return;
    }
    long after =
        request
            .headers()
            .value(LAST_EVENT_ID)
            .map(Long::parseLong)
            .orElse(parameters.number("after"));
    response.header("Content-Type", "text/event-stream");
    response.header("Cache-Control", "no-cache");
    try (OutputStream out = response.outputStream()) {
      events.stream(arn, after, out);
    }
  }

  private static void json(ServerResponse response, int status, JsonNode body) {
    response.status(status);
    response.header("Content-Type", "application/json");
    response.send(body.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode error(String message) {
    return JsonNodeFactory.instance.objectNode().put("message", message);
  }

  /** The query parameters of one request. */
  private record Parameters(ServerRequest request) {
    String get(String name) {
      return request.query().contains(name) ? request.query().get(name) : null;
    }

    String required(String name) {
      String value = get(name);
      if (value == null || value.isEmpty()) {
        throw new IllegalArgumentException("Expected the query parameter " + name);
      }
      return value;
    }

    /** The whole number {@code name}, 0 when it is absent. */
    long number(String name) {
      String value = get(name);
      try {
        return value == null || value.isEmpty() ? 0 : Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "Expected the query parameter " + name + " to be a whole number, but it is " + value);
      }
    }

    int limit() {
      String limit = get("limit");
      return limit == null ? 100 : Math.clamp(Integer.parseInt(limit), 1, ConsoleQueries.MAX_PAGE);
    }

    ExecutionStatus status() {
      String status = get("status");
      return status == null || status.isEmpty()
          ? null
          : ExecutionStatus.valueOf(status.toUpperCase(Locale.ROOT));
    }
  }
}
