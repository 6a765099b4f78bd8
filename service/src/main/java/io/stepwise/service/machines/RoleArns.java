package io.stepwise.service.machines;

import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.ErrorTypes;
import java.util.regex.Pattern;

/** Checks that a role ARN has the form of an IAM role's ARN; Stepwise does not assume the role. */
final class RoleArns {

  private static final Pattern ROLE_ARN =
      Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]+");

  private RoleArns() {}

  static ApiResult<String> check(String roleArn) {
    return ROLE_ARN.matcher(roleArn).matches()
        ? ApiResult.ok(roleArn)
        : ApiError.of(ErrorTypes.INVALID_ARN, "Invalid Arn: 'Invalid ARN prefix: " + roleArn + "'")
            .asResult();
  }
}
