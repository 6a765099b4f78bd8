package io.stepwise.service.name;

import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ErrorTypes;
import java.util.Optional;

/**
 * AWS's rules for the names of state machines, executions and activities: 1 to 80 characters, none
 * of them white space, a bracket ({@code < > { } [ ]}), a wildcard ({@code ? *}), one of {@code " #
 * % \ ^ | ~ ` $ & , ; : /}, or a control character (U+0000-U+001F, U+007F-U+009F). A name that
 * breaks them gets AWS's {@code InvalidName: Invalid Name: '<name>'}.
 */
public final class ResourceNames {

  /** The longest name AWS accepts. */
  public static final int MAX_LENGTH = 80;

  private static final String FORBIDDEN = "<>{}[]?*\"#%\\^|~`$&,;:/";

  private ResourceNames() {}

  /** The InvalidName error for {@code name}, or nothing when AWS accepts it. */
  public static Optional<ApiError> check(String name) {
    return isValid(name)
        ? Optional.empty()
        : Optional.of(ApiError.of(ErrorTypes.INVALID_NAME, "Invalid Name: '" + name + "'"));
  }

  public static boolean isValid(String name) {
    int length = name.codePointCount(0, name.length());
    return length >= 1
        && length <= MAX_LENGTH
        && name.codePoints().allMatch(ResourceNames::allowed);
  }

  private static boolean allowed(int c) {
    return !Character.isWhitespace(c)
        && !Character.isSpaceChar(c)
        && !Character.isISOControl(c)
        && FORBIDDEN.indexOf(c) < 0;
  }
}
