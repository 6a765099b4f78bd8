package io.stepwise.dataflow.jsonata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.AbstractList;
import java.util.RandomAccess;

/** A read-only {@link java.util.List} over a JSON array whose elements convert when read. */
final class JsonArrayView extends AbstractList<Object> implements RandomAccess {
  private final ArrayNode node;

  JsonArrayView(ArrayNode node) {
    this.node = node;
  }

  ArrayNode node() {
    return node;
  }

  @Override
  public Object get(int index) {
    return JsonataValues.toJsonata(node.get(index));
  }

  @Override
  public int size() {
    return node.size();
  }
}
