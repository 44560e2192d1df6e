package dev.scimpatch.tree;

import dev.scimpatch.internal.Ascii;
import dev.scimpatch.internal.Text;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A JSON object whose member names match case-insensitively, as SCIM attribute names do
 * (RFC 7643 §2.1).
 *
 * <p>Names are compared with ASCII case folding only ({@code "userName"} matches
 * {@code "USERNAME"}; non-ASCII letters match only themselves), so the result never depends on the
 * default locale. Members keep their insertion order and the spelling they were put with. No two
 * members have names that match each other.
 *
 * <p>Immutable: {@link #with(String, ScimNode)} and {@link #without(String)} return new objects
 * that share the member values. Equality ignores member order and the case of names.
 *
 * @since 0.1
 */
public final class ScimObject implements ScimNode {

  /**
   * One member: its name as spelled, and its value.
   *
   * @param name the member's name, as spelled
   * @param value the member's value
   * @since 0.1
   */
  public record Member(String name, ScimNode value) {
    /**
     * Creates a member.
     *
     * @param name the member's name, as spelled; any string
     * @param value the member's value; {@link ScimNull#INSTANCE} for the JSON {@code null}
     */
    public Member {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }

  private static final ScimObject EMPTY = new ScimObject(new String[0], new ScimNode[0]);

  /** Objects larger than this get a hash index; smaller ones are scanned. */
  private static final int INDEX_THRESHOLD = 8;

  private final String[] names;
  private final ScimNode[] values;
  private final @Nullable Map<String, Integer> index;
  private int hash;

  /** Takes ownership of the arrays, which must hold no two matching names. */
  private ScimObject(String[] names, ScimNode[] values) {
    this.names = names;
    this.values = values;
    this.index = names.length > INDEX_THRESHOLD ? buildIndex(names) : null;
  }

  private static Map<String, Integer> buildIndex(String[] names) {
    Map<String, Integer> map = new HashMap<>(names.length * 2);
    for (int i = 0; i < names.length; i++) {
      map.put(Ascii.toLowerCase(names[i]), i);
    }
    return map;
  }

  /** {@return the empty object} */
  public static ScimObject empty() {
    return EMPTY;
  }

  /**
   * Returns an object with one member.
   *
   * @param name the member's name, as spelled
   * @param value the member's value
   * @return the object
   */
  public static ScimObject of(String name, ScimNode value) {
    return EMPTY.with(name, value);
  }

  /**
   * Returns an object with two members; a second name matching the first replaces it, value and
   * spelling, and the object has one member.
   *
   * @param name1 the first member's name, as spelled
   * @param value1 the first member's value
   * @param name2 the second member's name, as spelled
   * @param value2 the second member's value
   * @return the object
   */
  public static ScimObject of(String name1, ScimNode value1, String name2, ScimNode value2) {
    return builder().put(name1, value1).put(name2, value2).build();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a new builder holding the members of this object, to build a changed copy} */
  public Builder toBuilder() {
    Builder b = new Builder();
    for (int i = 0; i < names.length; i++) {
      b.put(names[i], values[i]);
    }
    return b;
  }

  /** {@return the number of members} */
  public int size() {
    return names.length;
  }

  /** {@return whether this object has no members} */
  public boolean isEmpty() {
    return names.length == 0;
  }

  private int indexOf(String name) {
    if (index != null) {
      Integer i = index.get(Ascii.toLowerCase(name));
      return i == null ? -1 : i;
    }
    for (int i = 0; i < names.length; i++) {
      if (Ascii.equalsIgnoreCase(names[i], name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns the value of the member whose name matches {@code name}, ignoring ASCII case.
   *
   * @param name the name to look up, in any case
   * @return the value, or {@code null} if no member's name matches (a member whose value is the
   *     JSON {@code null} has {@link ScimNull#INSTANCE})
   */
  public @Nullable ScimNode get(String name) {
    int i = indexOf(name);
    return i < 0 ? null : values[i];
  }

  /**
   * Whether a member's name matches {@code name}, ignoring ASCII case.
   *
   * @param name the name to look up, in any case
   * @return whether there is such a member, whatever its value
   */
  public boolean has(String name) {
    return indexOf(name) >= 0;
  }

  /**
   * Returns the spelling of the member name that matches {@code name}, ignoring ASCII case.
   *
   * @param name the name to look up, in any case
   * @return the member's name as spelled in this object, or {@code null} if none matches
   */
  public @Nullable String nameOf(String name) {
    int i = indexOf(name);
    return i < 0 ? null : names[i];
  }

  /** {@return the member values, in order: an unmodifiable view} */
  public List<ScimNode> values() {
    return Collections.unmodifiableList(Arrays.asList(values));
  }

  /** {@return the member names as spelled, in order: an unmodifiable list} */
  public List<String> names() {
    return List.of(names);
  }

  /** {@return the members in order: an unmodifiable list} */
  public List<Member> members() {
    return new AbstractList<>() {
      @Override
      public Member get(int i) {
        return new Member(names[i], values[i]);
      }

      @Override
      public int size() {
        return names.length;
      }
    };
  }

  /**
   * Calls {@code action} with each member's name and value, in order.
   *
   * @param action what to call with each name, as spelled, and value
   */
  public void forEach(BiConsumer<String, ScimNode> action) {
    for (int i = 0; i < names.length; i++) {
      action.accept(names[i], values[i]);
    }
  }

  /**
   * Returns an object with {@code name} set to {@code value}. A member whose name matches keeps
   * its place and takes both the new value and the new spelling; otherwise the member is added at
   * the end.
   *
   * @param name the member's name, as spelled
   * @param value the member's value; {@link ScimNull#INSTANCE} for the JSON {@code null}
   * @return the new object, or this one if the member already has that value and spelling
   */
  public ScimObject with(String name, ScimNode value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    int i = indexOf(name);
    if (i >= 0) {
      if (values[i] == value && names[i].equals(name)) {
        return this;
      }
      String[] n = names.clone();
      ScimNode[] v = values.clone();
      n[i] = name;
      v[i] = value;
      return new ScimObject(n, v);
    }
    String[] n = Arrays.copyOf(names, names.length + 1);
    ScimNode[] v = Arrays.copyOf(values, values.length + 1);
    n[names.length] = name;
    v[values.length] = value;
    return new ScimObject(n, v);
  }

  /**
   * Returns an object without the member whose name matches {@code name}, ignoring ASCII case.
   *
   * @param name the name of the member to remove, in any case
   * @return the new object, or this one if no member's name matches
   */
  public ScimObject without(String name) {
    int i = indexOf(name);
    if (i < 0) {
      return this;
    }
    String[] n = new String[names.length - 1];
    ScimNode[] v = new ScimNode[values.length - 1];
    System.arraycopy(names, 0, n, 0, i);
    System.arraycopy(values, 0, v, 0, i);
    System.arraycopy(names, i + 1, n, i, names.length - i - 1);
    System.arraycopy(values, i + 1, v, i, values.length - i - 1);
    return new ScimObject(n, v);
  }

  @Override
  public Kind kind() {
    return Kind.OBJECT;
  }

  /** Equal when both have the same member names (ignoring case and order) with equal values. */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ScimObject other) || other.names.length != names.length) {
      return false;
    }
    if (hash != 0 && other.hash != 0 && hash != other.hash) {
      return false;
    }
    for (int i = 0; i < names.length; i++) {
      ScimNode mine = values[i];
      ScimNode theirs = other.get(names[i]);
      if (theirs == null || !mine.equals(theirs)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      for (int i = 0; i < names.length; i++) {
        h += Ascii.hashIgnoreCase(names[i]) ^ values[i].hashCode();
      }
      h = h == 0 ? 1 : h;
      hash = h;
    }
    return h;
  }

  /** Returns compact JSON, members in order and names as spelled. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append('{');
    for (int i = 0; i < names.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      Text.appendQuoted(sb, names[i]);
      sb.append(':').append(values[i]);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds a {@link ScimObject}. Not thread-safe; {@link #build()} may be called more than once.
   *
   * @since 0.1
   */
  public static final class Builder {
    // A removed member leaves a null in both arrays until build(), so removal costs O(1). Small
    // objects (most of them) are searched by a scan; a map is made once more than INDEX_THRESHOLD
    // slots are used, so that a scan never passes more than that.
    private @Nullable String[] names = new String[4];
    private @Nullable ScimNode[] values = new ScimNode[4];
    private int used;
    private int size;
    private @Nullable HashMap<String, Integer> index;

    private Builder() {}

    /**
     * Sets a member. If a member's name already matches {@code name}, it keeps its place and takes
     * the new value and spelling.
     *
     * @param name the member's name, as spelled
     * @param value the member's value; {@link ScimNull#INSTANCE} for the JSON {@code null}
     * @return this builder
     */
    public Builder put(String name, ScimNode value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      int i = find(name);
      if (i >= 0) {
        names[i] = name;
        values[i] = value;
        return this;
      }
      if (used == names.length) {
        names = Arrays.copyOf(names, used * 2);
        values = Arrays.copyOf(values, used * 2);
      }
      names[used] = name;
      values[used] = value;
      HashMap<String, Integer> map = index;
      if (map != null) {
        map.put(Ascii.toLowerCase(name), used);
      } else if (used + 1 > INDEX_THRESHOLD) {
        map = new HashMap<>();
        for (int j = 0; j <= used; j++) {
          String n = names[j];
          if (n != null) {
            map.put(Ascii.toLowerCase(n), j);
          }
        }
        index = map;
      }
      used++;
      size++;
      return this;
    }

    /** The slot of the member whose name matches, or -1. */
    private int find(String name) {
      HashMap<String, Integer> map = index;
      if (map != null) {
        Integer i = map.get(Ascii.toLowerCase(name));
        return i == null ? -1 : i;
      }
      for (int i = 0; i < used; i++) {
        String n = names[i];
        if (n != null && Ascii.equalsIgnoreCase(n, name)) {
          return i;
        }
      }
      return -1;
    }

    /**
     * Whether a member's name matches {@code name}, ignoring ASCII case.
     *
     * @param name the name to look up, in any case
     * @return whether there is such a member so far
     */
    public boolean has(String name) {
      return find(name) >= 0;
    }

    /**
     * Returns the value of the member whose name matches {@code name}, ignoring ASCII case.
     *
     * @param name the name to look up, in any case
     * @return the value, or {@code null} if no member's name matches
     */
    public @Nullable ScimNode get(String name) {
      int i = find(name);
      return i < 0 ? null : values[i];
    }

    /**
     * Removes the member whose name matches {@code name}, ignoring ASCII case, if any; the members
     * after it keep their order. A member put again later is put last.
     *
     * @param name the name of the member to remove, in any case
     * @return this builder
     */
    public Builder remove(String name) {
      int i = find(name);
      if (i >= 0) {
        HashMap<String, Integer> map = index;
        if (map != null) {
          map.remove(Ascii.toLowerCase(name));
        }
        names[i] = null;
        values[i] = null;
        size--;
      }
      return this;
    }

    /** {@return the number of members so far} */
    public int size() {
      return size;
    }

    /** {@return the object of the members so far, in order} */
    public ScimObject build() {
      int n = size;
      if (n == 0) {
        return EMPTY;
      }
      String[] n2 = new String[n];
      ScimNode[] v2 = new ScimNode[n];
      int j = 0;
      for (int i = 0; i < used; i++) {
        String name = names[i];
        ScimNode value = values[i];
        if (name != null && value != null) {
          n2[j] = name;
          v2[j++] = value;
        }
      }
      return new ScimObject(n2, v2);
    }
  }
}
