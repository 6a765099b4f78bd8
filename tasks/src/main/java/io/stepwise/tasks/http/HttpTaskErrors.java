package io.stepwise.tasks.http;

/** The errors an HTTP task fails with, by AWS's names where AWS has one. */
final class HttpTaskErrors {
  /** A request that timed out or could not connect. */
  static final String SOCKET = "States.Http.Socket";

  /** The prefix of the error of a response whose status is not 2xx. */
  static final String STATUS_CODE = "States.Http.StatusCode.";

  /** A connection that the task names but that is not configured. */
  static final String CONNECTION_NOT_FOUND = "Events.ConnectionResource.ResourceNotFound";

  /**
   * A connection whose authorization failed (its OAuth token endpoint refused it): EventBridge then
   * deauthorizes the connection, and tasks through it fail with this error.
   */
  static final String CONNECTION_STATE = "Events.ConnectionResource.InvalidConnectionState";

  /** A host the operator did not allow: the call is refused as IAM would refuse it. */
  static final String PERMISSIONS = "States.Permissions";

  /** Parameters that do not form a request. */
  static final String RUNTIME = "States.Runtime";

  private HttpTaskErrors() {}
}
