package io.stepwise.tasks.functions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The Runtime API clients that Stepwise ships in its jar for the Python, Node.js and Java runtimes,
 * copied to a directory on first use because an interpreter cannot run a script inside a jar.
 */
final class RuntimeClients {
  static final String PYTHON = "stepwise_runtime.py";
  static final String NODEJS = "stepwise_runtime.js";
  static final String JAVA = "StepwiseJavaRuntime.java";

  private RuntimeClients() {}

  /** Copies the clients into {@code directory} and returns it. */
  static Path extractTo(Path directory) {
    try {
      Files.createDirectories(directory);
      for (String client : new String[] {PYTHON, NODEJS, JAVA}) {
        try (InputStream in = RuntimeClients.class.getResourceAsStream("clients/" + client)) {
          if (in == null) {
            throw new IllegalStateException("The jar lacks the runtime client " + client);
          }
          Files.copy(in, directory.resolve(client), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
