package io.stepwise.dataflow.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** A read-only {@link Map} over a JSON object whose members convert when they are read. */
final class JsonObjectView extends AbstractMap<String, Object> {
  private final ObjectNode node;

  JsonObjectView(ObjectNode node) {
    this.node = node;
  }

  ObjectNode node() {
    return node;
  }

  @Override
  public Object get(Object key) {
    JsonNode member = key instanceof String name ? node.get(name) : null;
    return member == null ? null : JsonataValues.toJsonata(member);
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String name && node.has(name);
  }

  @Override
  public int size() {
    return node.size();
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, Object>> iterator() {
        Iterator<Map.Entry<String, JsonNode>> members = node.properties().iterator();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return members.hasNext();
          }

          @Override
          public Entry<String, Object> next() {
            Map.Entry<String, JsonNode> member = members.next();
            return new SimpleImmutableEntry<>(
                member.getKey(), JsonataValues.toJsonata(member.getValue()));
          }
        };
      }

      @Override
      public int size() {
        return node.size();
      }
    };
  }
}
