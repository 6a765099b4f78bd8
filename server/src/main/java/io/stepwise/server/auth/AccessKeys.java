package io.stepwise.server.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The access key ids and secret access keys that may sign requests, read from lines of {@code
 * ACCESS_KEY_ID:SECRET} (a file, or the {@code STEPWISE_CREDENTIALS} variable where commas may also
 * separate pairs). Blank lines and lines starting with {@code #} are ignored.
 *
 * <p>Secrets never leave this class except into the signature check; {@link #toString()} names the
 * key ids only.
 */
public final class AccessKeys {

  private final Map<String, String> secretsById;

  private AccessKeys(Map<String, String> secretsById) {
    this.secretsById = Map.copyOf(secretsById);
  }

  public static AccessKeys load(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * Reads {@code text}; a line without a colon or with an empty part is a configuration error,
   * reported without the line's content, which may hold a secret.
   */
  public static AccessKeys parse(String text) {
    Map<String, String> secrets = new HashMap<>();
    String[] entries = text.split("[\\r\\n,]+");
    for (int i = 0; i < entries.length; i++) {
      String entry = entries[i].strip();
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      int colon = entry.indexOf(':');
      if (colon <= 0 || colon == entry.length() - 1) {
        throw new IllegalArgumentException(
            "Expected ACCESS_KEY_ID:SECRET in credentials entry " + (i + 1) + ", but it is not");
      }
      secrets.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
    }
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("Expected at least one ACCESS_KEY_ID:SECRET, got none");
    }
    return new AccessKeys(secrets);
  }

  Optional<String> secret(String accessKeyId) {
    return Optional.ofNullable(secretsById.get(accessKeyId));
  }

  public int size() {
    return secretsById.size();
  }

  @Override
  public String toString() {
    return "AccessKeys" + secretsById.keySet();
  }
}
