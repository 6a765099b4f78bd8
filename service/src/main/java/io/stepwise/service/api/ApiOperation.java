package io.stepwise.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One operation of the Step Functions API (e.g. {@code CreateStateMachine}).
 *
 * <p>The server authenticates the request and validates {@code input} against the service model
 * (required members, types, lengths, ranges, enums) before it calls {@link #handle}; the operation
 * applies the domain rules and answers with the output shape as JSON, or with an {@link ApiError}.
 * An exception thrown from here is a bug: the caller sees a generic InternalFailure.
 */
@FunctionalInterface
public interface ApiOperation {

  ApiResult<JsonNode> handle(RequestContext context, ObjectNode input);
}
