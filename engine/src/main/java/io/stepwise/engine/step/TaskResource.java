package io.stepwise.engine.step;

/**
 * The {@code resourceType} and {@code resource} that AWS records in task events for a Task state's
 * Resource ARN: {@code lambda} and {@code invoke} for {@code arn:aws:states:::lambda:invoke}; for
 * any other ARN its service and the ARN itself.
 */
public record TaskResource(String resourceType, String resource) {

  /** Splits a Resource ARN once, when the definition is compiled. */
  public static TaskResource of(String arn) {
    String[] parts = arn.split(":", 7);
    if (parts.length == 7 && parts[2].equals("states") && parts[3].isEmpty()) {
      return new TaskResource(parts[5], parts[6]);
    }
    return new TaskResource(parts.length > 2 ? parts[2] : "local", arn);
  }
}
