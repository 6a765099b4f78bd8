package io.stepwise.service.lambda;

import io.stepwise.tasks.functions.FunctionConfiguration;
import java.time.Instant;
import java.util.Objects;

/**
 * A function as the Lambda API describes it: the configuration that runs it and what Get and
 * ListFunctions report besides.
 *
 * @param configuration what the function runs
 * @param role the execution role ARN given at creation (kept, not enforced)
 * @param description the free-text description
 * @param codeSha256 the base64 SHA-256 of the deployment package
 * @param codeSize the size of the deployment package in bytes
 * @param lastModified when the function was last created or updated
 * @param revisionId changes with every update
 */
public record StoredFunction(
    FunctionConfiguration configuration,
    String role,
    String description,
    String codeSha256,
    long codeSize,
    Instant lastModified,
    String revisionId) {

  public StoredFunction {
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(codeSha256, "codeSha256");
    Objects.requireNonNull(lastModified, "lastModified");
    Objects.requireNonNull(revisionId, "revisionId");
  }

  public String name() {
    return configuration.name();
  }

  /** This function with {@code updated} configuration, as of {@code now}, in a new revision. */
  public StoredFunction withConfiguration(
      FunctionConfiguration updated, Instant now, String revision) {
    return new StoredFunction(updated, role, description, codeSha256, codeSize, now, revision);
  }

  /** This function with new code, as of {@code now}, in a new revision. */
  public StoredFunction withCode(
      FunctionConfiguration updated, String sha256, long size, Instant now, String revision) {
    return new StoredFunction(updated, role, description, sha256, size, now, revision);
  }

  public StoredFunction withDescription(String text) {
    return new StoredFunction(
        configuration, role, text, codeSha256, codeSize, lastModified, revisionId);
  }

  public StoredFunction withRole(String arn) {
    return new StoredFunction(
        configuration, arn, description, codeSha256, codeSize, lastModified, revisionId);
  }
}
