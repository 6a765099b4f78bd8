package io.stepwise.tasks.functions;

import java.util.Locale;
import java.util.Optional;

/**
 * The language family of a Lambda runtime identifier ({@code python3.12}, {@code nodejs20.x},
 * {@code java21}, {@code provided.al2023}), which decides how a worker process is started.
 */
public enum FunctionRuntime {
  PYTHON("python3", "python"),
  NODEJS("node", "nodejs"),
  JAVA("java", "java"),
  PROVIDED("bootstrap", "provided");

  private final String command;
  private final String prefix;

  FunctionRuntime(String command, String prefix) {
    this.command = command;
    this.prefix = prefix;
  }

  /**
   * The program of the machine that runs this family's workers ({@code bootstrap}: the code's own;
   * {@code java}: the JVM that runs Stepwise).
   */
  public String command() {
    return command;
  }

  /** The family of a Lambda runtime identifier, or empty when Stepwise does not know it. */
  public static Optional<FunctionRuntime> of(String runtime) {
    String name = runtime.toLowerCase(Locale.ROOT);
    for (FunctionRuntime family : values()) {
      if (name.startsWith(family.prefix)) {
        return Optional.of(family);
      }
    }
    return Optional.empty();
  }
}
