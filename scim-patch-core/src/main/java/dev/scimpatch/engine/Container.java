package dev.scimpatch.engine;

import dev.scimpatch.internal.Ascii;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The working copy of an object whose attributes a request changes: the resource itself, or an
 * extension's container. Attribute values stay immutable nodes, except multi-valued attributes
 * under change, which become {@link WorkingArray}s. Names match ignoring ASCII case; order is kept.
 */
final class Container {

  /**
   * One attribute: its value, or its working array once one is made. Until the working array is
   * modified the slot stands for its value as it was (an object or a single value stays as it
   * was; a slot made only for a working array stays absent), so that reading an attribute as
   * multi-valued changes nothing (R-GEN-1: one request gives what its operations give one at a
   * time).
   */
  private static final class Slot {
    String name;
    ScimNode value;
    @Nullable WorkingArray array;
    /** Made for a working array of an attribute the container did not have, and not set since. */
    boolean absent;

    Slot(String name, ScimNode value, boolean absent) {
      this.name = name;
      this.value = value;
      this.absent = absent;
    }

    Slot(String name, ScimNode value) {
      this(name, value, false);
    }

    /** Whether the working array holds changes the value does not have. */
    boolean changedArray() {
      return array != null && array.modified();
    }

    /** Whether the attribute has no value. */
    boolean isEmpty() {
      WorkingArray a = array;
      return (a != null && a.modified()) ? a.isEmpty() : absent;
    }
  }

  private final LinkedHashMap<String, Slot> slots = new LinkedHashMap<>();
  private final Runnable onChange;
  private boolean modified;
  private boolean dirty;

  /**
   * @param object the object to start from
   * @param onChange called when the container changes after {@link #changedSinceLastAsked()} last
   *     answered (or at its first change)
   */
  Container(ScimObject object, Runnable onChange) {
    this.onChange = onChange;
    object.forEach((name, value) -> slots.put(Ascii.toLowerCase(name), new Slot(name, value)));
  }

  private void changed() {
    modified = true;
    if (!dirty) {
      dirty = true;
      onChange.run();
    }
  }

  /** Whether a request changed anything in this container. */
  boolean modified() {
    return modified;
  }

  /** Whether anything changed since the last call; resets. */
  boolean changedSinceLastAsked() {
    boolean d = dirty;
    dirty = false;
    return d;
  }

  /** The spelling of the attribute name that matches {@code name}, or {@code null}. */
  @Nullable String spelling(String name) {
    Slot s = slots.get(Ascii.toLowerCase(name));
    return s == null ? null : s.name;
  }

  /**
   * Whether the attribute holds a JSON array, or a working copy with values: one the request
   * emptied is unassigned, as it will be once frozen.
   */
  boolean holdsArray(String name) {
    Slot s = slots.get(Ascii.toLowerCase(name));
    return s != null && !s.isEmpty() && (s.changedArray() || s.value instanceof ScimArray);
  }

  /**
   * The attribute's current value, or {@code null} when it has none; a working array is frozen to
   * answer (O(size)), so callers on hot paths use {@link #array} instead.
   */
  @Nullable ScimNode get(String name) {
    Slot s = slots.get(Ascii.toLowerCase(name));
    if (s == null || s.isEmpty()) {
      return null;
    }
    WorkingArray a = s.array;
    return a != null && a.modified() ? a.freeze() : s.value;
  }

  /** Sets an attribute, keeping its place; {@code name} becomes its spelling. */
  void put(String name, ScimNode value) {
    Slot s = slots.get(Ascii.toLowerCase(name));
    if (s == null) {
      slots.put(Ascii.toLowerCase(name), new Slot(name, value));
    } else {
      s.name = name;
      s.value = value;
      s.array = null;
      s.absent = false;
    }
    changed();
  }

  /** Removes an attribute. */
  void remove(String name) {
    if (slots.remove(Ascii.toLowerCase(name)) != null) {
      changed();
    }
  }

  /** Records a change made through a {@link WorkingArray} of this container. */
  void touch() {
    changed();
  }

  /**
   * Whether the attribute holds a value that is neither an object nor an array (nor {@code null});
   * never freezes a working copy.
   */
  boolean holdsSimpleValue(String name) {
    Slot s = slots.get(Ascii.toLowerCase(name));
    return s != null && !s.changedArray() && !s.absent && s.value.isScalar() && !s.value.isNull();
  }

  /**
   * The working copy of a multi-valued attribute, made on first use. An existing value that is
   * not an array counts as one element; an absent one as none.
   */
  WorkingArray array(String name, WorkingArray.CaseExact caseExact, Work work) {
    String key = Ascii.toLowerCase(name);
    Slot s = slots.get(key);
    if (s == null) {
      s = new Slot(name, ScimArray.empty(), true);
      slots.put(key, s);
    }
    if (s.array == null) {
      List<ScimNode> elements = s.value instanceof ScimArray a ? a.elements()
          : s.value.isNull() ? List.of() : List.of(s.value);
      s.array = new WorkingArray(elements, caseExact, work);
    }
    return s.array;
  }

  /** Whether no attribute has a value. */
  boolean isEmpty() {
    for (Slot s : slots.values()) {
      if (!s.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** The container as an immutable object; emptied multi-valued attributes are left out. */
  ScimObject freeze() {
    ScimObject.Builder b = ScimObject.builder();
    for (Slot s : slots.values()) {
      WorkingArray a = s.array;
      if (a != null && a.modified()) {
        if (!a.isEmpty()) {
          b.put(s.name, a.freeze());
        }
      } else if (!s.absent) {
        b.put(s.name, s.value);
      }
    }
    return b.build();
  }
}
