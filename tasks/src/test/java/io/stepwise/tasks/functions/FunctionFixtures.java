package io.stepwise.tasks.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Writes function code for tests and checks that the interpreters they need are installed. */
public final class FunctionFixtures {
  private FunctionFixtures() {}

  /**
   * Fails (does not skip) when {@code command} is not on the PATH: the runtime tests must run on
   * every machine that builds Stepwise.
   */
  public static void requireInstalled(String command) {
    boolean found =
        Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .map(directory -> Path.of(directory, command))
            .anyMatch(Files::isExecutable);
    assertThat(found)
        .as(
            "%s must be installed and on the PATH to test the functions that Stepwise runs with it",
            command)
        .isTrue();
  }

  /** A code directory under {@code root} holding {@code file} with {@code source}. */
  public static Path code(Path root, String name, String file, String source) {
    try {
      Path directory = Files.createDirectories(root.resolve(name));
      Files.writeString(directory.resolve(file), source);
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static FunctionConfiguration python(Path root, String name, String source) {
    return FunctionConfiguration.of(
        name,
        "eu-west-1",
        "123456789012",
        "python3.12",
        "app.handler",
        code(root, name, "app.py", source));
  }

  public static FunctionConfiguration node(Path root, String name, String source) {
    return FunctionConfiguration.of(
        name,
        "eu-west-1",
        "123456789012",
        "nodejs20.x",
        "index.handler",
        code(root, name, "index.js", source));
  }
}
