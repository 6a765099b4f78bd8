package io.stepwise.service.shape;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.store.Page;
import java.util.List;
import java.util.function.Function;

/** A page of a listing as the output of a List operation: the items and the next token. */
public final class Pages {

  private Pages() {}

  /**
   * {@code {"<listing>": [...], "nextToken": "..."}}; the listing's name is also the member that
   * holds the items and the tag of its tokens.
   */
  public static <T> ObjectNode output(
      String listing, Page<T> page, Function<? super T, ObjectNode> item) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    ArrayNode items = out.putArray(listing);
    page.items().forEach(value -> items.add(item.apply(value)));
    if (page.nextCursor() != null) {
      out.put("nextToken", PageTokens.encode(listing, page.nextCursor()));
    }
    return out;
  }

  /** A page of a listing that the store returns whole; the cursor is the next item's index. */
  public static <T> Page<T> slice(List<T> all, PageRequest request) {
    int from = Math.min(request.cursor().map(Integer::parseInt).orElse(0), all.size());
    int to = Math.min(from + request.limit(), all.size());
    return new Page<>(all.subList(from, to), to < all.size() ? Integer.toString(to) : null);
  }
}
