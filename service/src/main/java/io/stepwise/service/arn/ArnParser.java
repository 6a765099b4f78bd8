package io.stepwise.service.arn;

import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.ErrorTypes;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads Step Functions ARNs, answering malformed ones with AWS's InvalidArn errors: {@code Invalid
 * Arn: 'Invalid ARN prefix: <text>'} when the text is not a {@code states} ARN, and {@code Invalid
 * Arn: 'Resource type not valid in this context: <type>'} when it names another kind of resource
 * than the operation takes.
 */
public final class ArnParser {

  private static final int PREFIX_PARTS = 5;

  private ArnParser() {}

  /** Reads an ARN of the kind {@code kind}, e.g. {@code ExecutionArn.class}. */
  public static <A extends StatesArn> ApiResult<A> parse(String text, Class<A> kind) {
    return parse(text).then(arn -> narrow(arn, kind));
  }

  /** Reads an ARN that must be one of {@code allowed}. */
  public static ApiResult<StatesArn> parse(String text, Set<ArnType> allowed) {
    return parse(text)
        .then(arn -> allowed.contains(arn.type()) ? ApiResult.ok(arn) : wrongType(arn));
  }

  /** Reads any Step Functions ARN. */
  public static ApiResult<StatesArn> parse(String text) {
    List<String> parts = Arrays.asList(text.split(":", -1));
    if (!hasStatesPrefix(parts)) {
      return invalid("Invalid ARN prefix: " + text);
    }
    ArnScope scope = new ArnScope(parts.get(1), parts.get(3), parts.get(4));
    String resourceType = parts.get(PREFIX_PARTS);
    List<String> resource = parts.subList(PREFIX_PARTS + 1, parts.size());
    if (resource.isEmpty() || resource.stream().anyMatch(String::isEmpty)) {
      return invalidResource(text);
    }
    return switch (resourceType) {
      case "stateMachine" -> stateMachine(scope, resource, text);
      case "execution" ->
          resource.size() == 2
              ? ApiResult.ok(new ExecutionArn(scope, resource.get(0), resource.get(1)))
              : invalidResource(text);
      case "express" ->
          resource.size() == 3
              ? ApiResult.ok(
                  new ExpressExecutionArn(scope, resource.get(0), resource.get(1), resource.get(2)))
              : invalidResource(text);
      case "activity" ->
          resource.size() == 1
              ? ApiResult.ok(new ActivityArn(scope, resource.get(0)))
              : invalidResource(text);
      case "mapRun" -> mapRun(scope, resource, text);
      default -> invalid("Resource type not valid in this context: " + resourceType);
    };
  }

  private static boolean hasStatesPrefix(List<String> parts) {
    return parts.size() > PREFIX_PARTS
        && parts.get(0).equals("arn")
        && parts.get(1).startsWith("aws")
        && parts.get(2).equals("states")
        && !parts.get(3).isEmpty()
        && !parts.get(4).isEmpty();
  }

  private static ApiResult<StatesArn> stateMachine(
      ArnScope scope, List<String> resource, String text) {
    String name = resource.get(0);
    return switch (resource.size()) {
      case 1 -> ApiResult.ok(new StateMachineArn(scope, name));
      case 2 -> qualified(scope, name, resource.get(1), text);
      default -> invalidResource(text);
    };
  }

  private static ApiResult<StatesArn> qualified(
      ArnScope scope, String name, String qualifier, String text) {
    if (!qualifier.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return ApiResult.ok(new StateMachineAliasArn(scope, name, qualifier));
    }
    try {
      return ApiResult.ok(new StateMachineVersionArn(scope, name, Long.parseLong(qualifier)));
    } catch (NumberFormatException tooLong) {
      return invalidResource(text);
    }
  }

  private static ApiResult<StatesArn> mapRun(ArnScope scope, List<String> resource, String text) {
    int slash = resource.get(0).indexOf('/');
    if (resource.size() != 2 || slash <= 0 || slash == resource.get(0).length() - 1) {
      return invalidResource(text);
    }
    String machine = resource.get(0).substring(0, slash);
    String label = resource.get(0).substring(slash + 1);
    return ApiResult.ok(new MapRunArn(scope, machine, label, resource.get(1)));
  }

  private static <A extends StatesArn> ApiResult<A> narrow(StatesArn arn, Class<A> kind) {
    return kind.isInstance(arn) ? ApiResult.ok(kind.cast(arn)) : wrongType(arn);
  }

  private static <A> ApiResult<A> wrongType(StatesArn arn) {
    return invalid("Resource type not valid in this context: " + arn.type().resourceType());
  }

  private static <A> ApiResult<A> invalidResource(String text) {
    return invalid("Invalid ARN resource: " + text);
  }

  private static <A> ApiResult<A> invalid(String detail) {
    return ApiError.of(ErrorTypes.INVALID_ARN, "Invalid Arn: '" + detail + "'").asResult();
  }
}
