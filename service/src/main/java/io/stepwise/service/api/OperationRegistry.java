package io.stepwise.service.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The handlers of the API's operations, by operation name (e.g. {@code StartExecution}). */
public final class OperationRegistry {

  private final Map<String, ApiOperation> operations;

  private OperationRegistry(Map<String, ApiOperation> operations) {
    this.operations = Map.copyOf(operations);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Optional<ApiOperation> find(String operationName) {
    return Optional.ofNullable(operations.get(operationName));
  }

  /** The names of the operations that have a handler. */
  public Set<String> operationNames() {
    return operations.keySet();
  }

  /** Collects one handler per operation; registering an operation twice is a wiring bug. */
  public static final class Builder {
    private final Map<String, ApiOperation> operations = new HashMap<>();

    private Builder() {}

    public Builder register(String operationName, ApiOperation operation) {
      if (operations.putIfAbsent(operationName, operation) != null) {
        throw new IllegalStateException("Expected one handler for " + operationName + ", got two");
      }
      return this;
    }

    public OperationRegistry build() {
      return new OperationRegistry(operations);
    }
  }
}
