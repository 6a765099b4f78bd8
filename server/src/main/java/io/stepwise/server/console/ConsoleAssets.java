package io.stepwise.server.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The console's static files, read from the class path: its own under {@code console/}, and the
 * graph layout library from its WebJar, so that the console needs nothing from the internet.
 */
final class ConsoleAssets {
  /** The path of the layout library, whatever version of its WebJar the build has. */
  static final String LAYOUT_LIBRARY = "vendor/dagre.min.js";

  private static final Pattern FILE = Pattern.compile("[a-z0-9-]+\\.(html|js|css|svg)");
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml");

  private final ClassLoader loader = ConsoleAssets.class.getClassLoader();
  private final String layoutLibrary;

  ConsoleAssets() {
    layoutLibrary =
        "META-INF/resources/webjars/dagre/" + webJarVersion("dagre") + "/dist/dagre.min.js";
  }

  /** One asset: its content type and bytes. */
  record Asset(String contentType, byte[] bytes) {}

  /** The asset at {@code path} under {@code /console/}, or empty if there is none. */
  Optional<Asset> asset(String path) {
    if (path.equals(LAYOUT_LIBRARY)) {
      return read(layoutLibrary, TYPES.get("js"));
    }
    if (!FILE.matcher(path).matches()) {
      return Optional.empty();
    }
    return read("console/" + path, TYPES.get(path.substring(path.lastIndexOf('.') + 1)));
  }

  private Optional<Asset> read(String resource, String contentType) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(new Asset(contentType, in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String webJarVersion(String artifact) {
    String resource = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Expected the WebJar " + artifact + " on the class path");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
