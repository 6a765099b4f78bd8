package io.stepwise.service.teststate;

import io.stepwise.engine.step.TaskResource;
import io.stepwise.service.model.ServiceShapes;
import io.stepwise.service.model.Shape;
import java.util.Optional;
import java.util.function.Function;

/**
 * The API action a Task state's resource calls, as far as its result goes: the action's output
 * shape, from the bundled model of its service.
 *
 * <p>An {@code aws-sdk} resource names the service by its SDK name ({@code
 * aws-sdk:eventbridge:putEvents}), an optimized integration by its endpoint prefix ({@code
 * events:putEvents}); both name the action in camel case, the model's operation in Pascal case. A
 * {@code .sync} or {@code .waitForTaskToken} suffix does not change the action.
 *
 * @param output the action's output shape
 * @param blobsAsJson whether the task shows the result's binary members as JSON: the optimized
 *     Lambda integration gives the function's {@code Payload} decoded, while elsewhere a blob is
 *     base64 text
 */
record TaskApi(Shape output, boolean blobsAsJson) {

  private static final String OPTIMIZED = "arn:aws:states:::";
  private static final String AWS_SDK = OPTIMIZED + "aws-sdk:";
  private static final String LAMBDA_INVOKE = OPTIMIZED + "lambda:invoke";

  /** The action that a task of {@code resource} calls, when Stepwise has its service's model. */
  static Optional<TaskApi> of(String resource) {
    String call = TaskResource.action(resource);
    Optional<Shape> output =
        call.startsWith(AWS_SDK)
            ? action(call.substring(AWS_SDK.length()), ServiceShapes::bySdkName)
            : call.startsWith(OPTIMIZED)
                ? action(call.substring(OPTIMIZED.length()), ServiceShapes::byEndpointPrefix)
                : Optional.empty();
    return output.map(shape -> new TaskApi(shape, call.equals(LAMBDA_INVOKE)));
  }

  private static Optional<Shape> action(
      String serviceAndAction, Function<String, Optional<ServiceShapes>> services) {
    int colon = serviceAndAction.indexOf(':');
    if (colon <= 0 || colon == serviceAndAction.length() - 1) {
      return Optional.empty();
    }
    String operation = MockedResultShape.capitalized(serviceAndAction.substring(colon + 1));
    return services.apply(serviceAndAction.substring(0, colon)).flatMap(s -> s.output(operation));
  }
}
