package dev.scimpatch.engine;

import dev.scimpatch.internal.Text;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The mutable working copy of one multi-valued attribute during one request: made once, on first
 * touch, and frozen once at the end, so a request costs O(size of the attribute + work), not a copy
 * per operation. Removed values leave a {@code null} until the freeze. An index from each value's
 * {@code value} (folded unless case-exact) to its positions is built on first use and kept up to
 * date, so {@code value eq "..."} filters and duplicate checks do not scan.
 */
final class WorkingArray {

  private final ArrayList<@Nullable ScimNode> items;
  private final boolean caseExact;
  private int live;
  /** Key to position: an {@link Integer}, or a {@code List<Integer>} for a key several elements share. */
  private @Nullable HashMap<String, Object> index;

  WorkingArray(List<ScimNode> elements, boolean caseExact) {
    this.items = new ArrayList<>(elements);
    this.caseExact = caseExact;
    this.live = elements.size();
  }

  boolean isEmpty() {
    return live == 0;
  }

  /** The number of live elements. */
  int size() {
    return live;
  }

  int capacity() {
    return items.size();
  }

  /** The element at a position, or {@code null} if it was removed. */
  @Nullable ScimNode get(int i) {
    return items.get(i);
  }

  /** The positions of the live elements, in order. */
  List<Integer> positions() {
    List<Integer> out = new ArrayList<>(live);
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) != null) {
        out.add(i);
      }
    }
    return out;
  }

  void set(int i, ScimNode element) {
    ScimNode old = items.get(i);
    items.set(i, element);
    if (index != null) {
      String before = old == null ? null : key(old);
      String after = key(element);
      if (before != null && !before.equals(after)) {
        unindex(before, i);
      }
      if (after != null && !after.equals(before)) {
        put(index, after, i);
      }
    }
  }

  void append(ScimNode element) {
    items.add(element);
    live++;
    if (index != null) {
      String k = key(element);
      if (k != null) {
        put(index, k, items.size() - 1);
      }
    }
  }

  void remove(int i) {
    ScimNode old = items.set(i, null);
    if (old != null) {
      live--;
      if (index != null) {
        String k = key(old);
        if (k != null) {
          unindex(k, i);
        }
      }
    }
  }

  private static void put(Map<String, Object> index, String key, int i) {
    Object at = index.putIfAbsent(key, i);
    if (at instanceof Integer first) {
      List<Integer> several = new ArrayList<>(2);
      several.add(first);
      several.add(i);
      index.put(key, several);
    } else if (at != null) {
      @SuppressWarnings("unchecked")
      List<Integer> several = (List<Integer>) at;
      several.add(i);
    }
  }

  private void unindex(String key, int i) {
    Map<String, Object> index = this.index;
    if (index == null) {
      return;
    }
    Object at = index.get(key);
    if (at instanceof Integer only) {
      if (only == i) {
        index.remove(key);
      }
    } else if (at != null) {
      @SuppressWarnings("unchecked")
      List<Integer> several = (List<Integer>) at;
      several.remove(Integer.valueOf(i));
      if (several.isEmpty()) {
        index.remove(key);
      }
    }
  }

  /**
   * The positions of the live elements whose {@code value} has this key (see {@link #keyOf}), in
   * order.
   */
  List<Integer> withKey(String key) {
    if (index == null) {
      HashMap<String, Object> built = new HashMap<>(items.size() * 2);
      for (int i = 0; i < items.size(); i++) {
        ScimNode e = items.get(i);
        String k = e == null ? null : key(e);
        if (k != null) {
          put(built, k, i);
        }
      }
      index = built;
    }
    Object at = index.get(key);
    if (at == null) {
      return List.of();
    }
    if (at instanceof Integer only) {
      return List.of(only);
    }
    @SuppressWarnings("unchecked")
    List<Integer> several = (List<Integer>) at;
    return List.copyOf(several);
  }

  /** The index key of a string literal compared with {@code value}. */
  String keyOf(String literal) {
    return caseExact ? literal : Text.foldCase(literal);
  }

  /** The index key of an element: its {@code value} if that is a string; {@code null} otherwise. */
  @Nullable String key(ScimNode element) {
    ScimNode v = element instanceof ScimObject o ? o.get("value") : element;
    return v instanceof ScimString s ? keyOf(s.value()) : null;
  }

  ScimArray freeze() {
    ScimArray.Builder b = ScimArray.builder();
    for (ScimNode e : items) {
      if (e != null) {
        b.add(e);
      }
    }
    return b.build();
  }
}
