package io.stepwise.service.shape;

import io.stepwise.service.api.ApiResult;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The {@code nextToken} of a listing: the store's cursor (a sequence number), tagged with the
 * listing it belongs to and encoded so that callers treat it as opaque. A token that this listing
 * did not hand out is AWS's {@code InvalidToken: Invalid Token: 'Invalid token'}.
 */
public final class PageTokens {

  private static final String SEPARATOR = "|";

  private PageTokens() {}

  public static String encode(String listing, String cursor) {
    byte[] text = (listing + SEPARATOR + cursor).getBytes(StandardCharsets.UTF_8);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text);
  }

  /** The cursor inside {@code token}, or nothing when the request has no token. */
  public static ApiResult<Optional<String>> decode(String listing, Optional<String> token) {
    if (token.isEmpty()) {
      return ApiResult.ok(Optional.empty());
    }
    return cursor(listing, token.get())
        .map(cursor -> ApiResult.ok(Optional.of(cursor)))
        .orElseGet(() -> Errors.invalidToken().asResult());
  }

  /** Store cursors are sequence numbers (see {@code Cursors}); anything else was forged. */
  private static boolean isSequence(String cursor) {
    return !cursor.isEmpty()
        && cursor.length() < 19
        && cursor.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static Optional<String> cursor(String listing, String token) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      String prefix = listing + SEPARATOR;
      String cursor = text.startsWith(prefix) ? text.substring(prefix.length()) : "";
      return isSequence(cursor) ? Optional.of(cursor) : Optional.empty();
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }
}
