package io.stepwise.runtime.durable;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.engine.ExecutionIdentity;
import io.stepwise.store.StateMachineType;

/**
 * An execution to start, already checked by the service.
 *
 * @param identity the execution's ARN and name and its machine's, as {@code $$} shows them
 * @param revisionId the revision of the machine's definition that the execution runs
 * @param definition that revision's definition text, which passed validation
 * @param type a Standard execution is durable; an Express one runs in memory only
 * @param versionArn the version it was started with, or {@code null}
 * @param aliasArn the alias it was started through, or {@code null}
 * @param input the execution's input
 * @param testCase the test case of the runtime's mock configuration that answers the execution's
 *     mocked states (it was started on {@code <stateMachineArn>#<testCase>}), or {@code null}
 */
public record StartRequest(
    ExecutionIdentity identity,
    String revisionId,
    String definition,
    StateMachineType type,
    String versionArn,
    String aliasArn,
    JsonNode input,
    String testCase) {}
