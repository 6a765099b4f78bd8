package io.stepwise.service.tags;

import io.stepwise.service.api.ApiResult;
import io.stepwise.service.arn.ActivityArn;
import io.stepwise.service.arn.ArnParser;
import io.stepwise.service.arn.StateMachineArn;
import io.stepwise.service.shape.Errors;
import io.stepwise.store.Store;

/**
 * The resources that carry tags: state machines and activities. Any other Step Functions ARN (a
 * version, an alias, an execution) is a ResourceNotFound, as on AWS, and so is a machine or
 * activity that does not exist.
 */
final class TaggableResources {

  private TaggableResources() {}

  /** The ARN of an existing taggable resource. */
  static ApiResult<String> existing(Store store, String arnText) {
    return ArnParser.parse(arnText)
        .then(
            arn -> {
              boolean exists =
                  switch (arn) {
                    case StateMachineArn machine -> store.machines().machine(arnText).isPresent();
                    case ActivityArn activity -> store.activities().activity(arnText).isPresent();
                    default -> false;
                  };
              return exists
                  ? ApiResult.ok(arnText)
                  : Errors.resourceNotFound(arnText).<String>asResult();
            });
  }
}
