package io.stepwise.service.executions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryRenderer;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.shape.Inputs;
import io.stepwise.service.shape.PageRequest;
import io.stepwise.service.shape.PageTokens;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.ExecutionStore;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * GetExecutionHistory: a page of the stored history in AWS's shape, oldest or newest first; with
 * {@code includeExecutionData: false} the events carry no inputs and outputs.
 */
final class GetExecutionHistory implements ApiOperation {
  private static final String LISTING = "events";

  private final ExecutionStore executions;

  GetExecutionHistory(ExecutionStore executions) {
    this.executions = executions;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    boolean reverse = Inputs.flag(input, "reverseOrder");
    boolean withData = input.path("includeExecutionData").asBoolean(true);
    return ExecutionLookup.execution(executions, Inputs.required(input, "executionArn"))
        .then(
            row -> PageRequest.of(input, LISTING).map(page -> page(row, page, reverse, withData)));
  }

  private JsonNode page(ExecutionRecord row, PageRequest page, boolean reverse, boolean withData) {
    long from = page.cursor().map(Long::parseLong).orElse(reverse ? Long.MAX_VALUE : 1L);
    List<HistoryEvent> events = executions.history(row.arn(), from, page.limit() + 1, reverse);
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    ArrayNode array = out.putArray(LISTING);
    for (HistoryEvent event : events.subList(0, Math.min(page.limit(), events.size()))) {
      ObjectNode rendered = HistoryRenderer.render(event);
      if (!withData) {
        withoutData(rendered);
      }
      array.add(rendered);
    }
    if (events.size() > page.limit()) {
      out.put("nextToken", PageTokens.encode(LISTING, Long.toString(events.getLast().id())));
    }
    return out;
  }

  /** Drops the inputs and outputs of an event's details, keeping everything else. */
  private static void withoutData(ObjectNode event) {
    Iterator<Map.Entry<String, JsonNode>> members = event.fields();
    while (members.hasNext()) {
      if (members.next().getValue() instanceof ObjectNode details) {
        details.remove(List.of("input", "output"));
      }
    }
  }
}
