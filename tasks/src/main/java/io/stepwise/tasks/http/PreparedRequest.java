package io.stepwise.tasks.http;

import io.stepwise.runtime.TaskResult;
import java.net.http.HttpRequest;

/** An HTTP task's parameters made into a request, or the failure that refuses them. */
sealed interface PreparedRequest {

  record Ready(HttpRequest request) implements PreparedRequest {}

  record Refused(TaskResult failure) implements PreparedRequest {}

  static PreparedRequest refused(String error, String cause) {
    return new Refused(TaskResult.failure(error, cause));
  }
}
