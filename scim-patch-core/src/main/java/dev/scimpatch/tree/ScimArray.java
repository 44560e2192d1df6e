package dev.scimpatch.tree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A JSON array: the values of a multi-valued attribute.
 *
 * <p>Immutable; the {@code with}, {@code plus} and {@code without} methods return new arrays that
 * share the elements. Equality compares elements in order.
 *
 * @since 0.1
 */
public final class ScimArray implements ScimNode, Iterable<ScimNode> {

  private static final ScimArray EMPTY = new ScimArray(new ScimNode[0]);

  private final ScimNode[] elements;
  private final List<ScimNode> view;
  private int hash;

  /** Takes ownership of the array, which must hold no nulls. */
  private ScimArray(ScimNode[] elements) {
    this.elements = elements;
    this.view = Collections.unmodifiableList(Arrays.asList(elements));
  }

  /** {@return the empty array} */
  public static ScimArray empty() {
    return EMPTY;
  }

  /**
   * Returns an array of the given elements. The array passed is copied.
   *
   * @param elements the elements, in order; none may be null ({@link ScimNull#INSTANCE} is the JSON
   *     {@code null})
   * @return the array; {@link #empty()} for no elements
   * @throws NullPointerException if an element is null
   */
  public static ScimArray of(ScimNode... elements) {
    return elements.length == 0 ? EMPTY : new ScimArray(checked(elements.clone()));
  }

  /**
   * Returns an array of the given elements, in iteration order. The collection is copied.
   *
   * @param elements the elements; none may be null ({@link ScimNull#INSTANCE} is the JSON
   *     {@code null})
   * @return the array; {@link #empty()} for no elements
   * @throws NullPointerException if an element is null
   */
  public static ScimArray of(Collection<? extends ScimNode> elements) {
    return elements.isEmpty() ? EMPTY : new ScimArray(checked(elements.toArray(new ScimNode[0])));
  }

  private static ScimNode[] checked(ScimNode[] elements) {
    for (ScimNode e : elements) {
      Objects.requireNonNull(e, "element");
    }
    return elements;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the number of elements} */
  public int size() {
    return elements.length;
  }

  /** {@return whether this array has no elements (RFC 7643 §2.5: the same state as unassigned)} */
  public boolean isEmpty() {
    return elements.length == 0;
  }

  /**
   * Returns the element at {@code index}.
   *
   * @param index the element's zero-based index
   * @return the element
   * @throws IndexOutOfBoundsException if there is none
   */
  public ScimNode get(int index) {
    return elements[Objects.checkIndex(index, elements.length)];
  }

  /** {@return the elements, in order, as an unmodifiable list} */
  public List<ScimNode> elements() {
    return view;
  }

  /** {@return the elements, in order, as a stream} */
  public Stream<ScimNode> stream() {
    return view.stream();
  }

  @Override
  public Iterator<ScimNode> iterator() {
    return view.iterator();
  }

  /**
   * Returns an array with the element at {@code index} replaced.
   *
   * @param index the zero-based index of the element to replace
   * @param element the new element
   * @return the new array; this one is unchanged
   * @throws IndexOutOfBoundsException if there is no element at {@code index}
   */
  public ScimArray with(int index, ScimNode element) {
    Objects.checkIndex(index, elements.length);
    Objects.requireNonNull(element, "element");
    ScimNode[] copy = elements.clone();
    copy[index] = element;
    return new ScimArray(copy);
  }

  /**
   * Returns an array with {@code element} appended.
   *
   * @param element the element to append
   * @return the new array; this one is unchanged
   */
  public ScimArray plus(ScimNode element) {
    Objects.requireNonNull(element, "element");
    ScimNode[] copy = Arrays.copyOf(elements, elements.length + 1);
    copy[elements.length] = element;
    return new ScimArray(copy);
  }

  /**
   * Returns an array without the element at {@code index}; the elements after it move down one.
   *
   * @param index the zero-based index of the element to remove
   * @return the new array; this one is unchanged
   * @throws IndexOutOfBoundsException if there is no element at {@code index}
   */
  public ScimArray without(int index) {
    Objects.checkIndex(index, elements.length);
    ScimNode[] copy = new ScimNode[elements.length - 1];
    System.arraycopy(elements, 0, copy, 0, index);
    System.arraycopy(elements, index + 1, copy, index, elements.length - index - 1);
    return copy.length == 0 ? EMPTY : new ScimArray(copy);
  }

  /** {@return a new builder holding the elements of this array, to build a changed copy} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.elements.addAll(view);
    return b;
  }

  @Override
  public Kind kind() {
    return Kind.ARRAY;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ScimArray other) || other.elements.length != elements.length) {
      return false;
    }
    if (hash != 0 && other.hash != 0 && hash != other.hash) {
      return false;
    }
    return Arrays.equals(elements, other.elements);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = Arrays.hashCode(elements);
      h = h == 0 ? 1 : h;
      hash = h;
    }
    return h;
  }

  /** Returns compact JSON. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append('[');
    for (int i = 0; i < elements.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(elements[i]);
    }
    return sb.append(']').toString();
  }

  /**
   * Builds a {@link ScimArray}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final ArrayList<ScimNode> elements = new ArrayList<>();

    private Builder() {}

    /**
     * Appends an element.
     *
     * @param element the element; {@link ScimNull#INSTANCE} for the JSON {@code null}
     * @return this builder
     */
    public Builder add(ScimNode element) {
      elements.add(Objects.requireNonNull(element, "element"));
      return this;
    }

    /** {@return the number of elements so far} */
    public int size() {
      return elements.size();
    }

    /** {@return the array of the elements so far, in order} */
    public ScimArray build() {
      return elements.isEmpty() ? EMPTY : new ScimArray(elements.toArray(new ScimNode[0]));
    }
  }
}
