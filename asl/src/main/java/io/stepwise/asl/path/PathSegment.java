package io.stepwise.asl.path;

import java.util.List;

/**
 * One step of a compiled {@link JsonPath}. Each record knows how Jayway JsonPath (the dialect AWS
 * uses) prints it, because AWS quotes that form in some error causes.
 */
public sealed interface PathSegment
    permits PathSegment.Field,
        PathSegment.Index,
        PathSegment.Wildcard,
        PathSegment.Slice,
        PathSegment.Names,
        PathSegment.Indexes,
        PathSegment.DeepScan,
        PathSegment.Filter,
        PathSegment.Length {

  /** Whether this step selects at most one node from one node. */
  boolean isDefinite();

  /** The step in Jayway's normalized notation, for example {@code ['name']} or {@code [0]}. */
  String normalized();

  /** {@code .name} or {@code ['name']}. */
  record Field(String name) implements PathSegment {
    @Override
    public boolean isDefinite() {
      return true;
    }

    @Override
    public String normalized() {
      return "['" + name + "']";
    }
  }

  /** {@code [n]}; a negative index counts from the end, as in Jayway. */
  record Index(int index) implements PathSegment {
    @Override
    public boolean isDefinite() {
      return true;
    }

    @Override
    public String normalized() {
      return "[" + index + "]";
    }
  }

  /** {@code .*} or {@code [*]}: every member of an object or element of an array. */
  record Wildcard() implements PathSegment {
    @Override
    public boolean isDefinite() {
      return false;
    }

    @Override
    public String normalized() {
      return "[*]";
    }
  }

  /**
   * {@code [from:to:step]} over an array.
   *
   * @param from the first index, or {@code null} when omitted
   * @param to the index after the last, or {@code null} when omitted
   */
  record Slice(Integer from, Integer to, int step) implements PathSegment {
    @Override
    public boolean isDefinite() {
      return false;
    }

    @Override
    public String normalized() {
      return "[" + (from == null ? "" : from) + ":" + (to == null ? "" : to) + "]";
    }
  }

  /** {@code ['a','b']}: several members of an object. */
  record Names(List<String> names) implements PathSegment {
    public Names {
      names = List.copyOf(names);
    }

    @Override
    public boolean isDefinite() {
      return false;
    }

    @Override
    public String normalized() {
      return "['" + String.join("','", names) + "']";
    }
  }

  /** {@code [0,2]}: several elements of an array. */
  record Indexes(List<Integer> indexes) implements PathSegment {
    public Indexes {
      indexes = List.copyOf(indexes);
    }

    @Override
    public boolean isDefinite() {
      return false;
    }

    @Override
    public String normalized() {
      StringBuilder text = new StringBuilder("[");
      for (int i = 0; i < indexes.size(); i++) {
        text.append(i == 0 ? "" : ",").append(indexes.get(i));
      }
      return text.append(']').toString();
    }
  }

  /** {@code ..step}: {@code step} applied to the node and to every node below it. */
  record DeepScan(PathSegment step) implements PathSegment {
    @Override
    public boolean isDefinite() {
      return false;
    }

    @Override
    public String normalized() {
      return ".." + step.normalized();
    }
  }

  /** {@code [?(condition)]}: the elements (or the object itself) that satisfy the condition. */
  record Filter(FilterExpression condition) implements PathSegment {
    @Override
    public boolean isDefinite() {
      return false;
    }

    @Override
    public String normalized() {
      return "[?]";
    }
  }

  /** {@code .length()}: the size of an array, object or string (Jayway's function). */
  record Length() implements PathSegment {
    @Override
    public boolean isDefinite() {
      return true;
    }

    @Override
    public String normalized() {
      return ".length()";
    }
  }
}
