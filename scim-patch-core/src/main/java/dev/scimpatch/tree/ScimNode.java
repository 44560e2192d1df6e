package dev.scimpatch.tree;

import dev.scimpatch.internal.Ascii;

/**
 * A node of the immutable resource tree: one JSON value as SCIM sees it.
 *
 * <p>The implementations are closed: {@code ScimObject}, {@code ScimArray}, {@code ScimString},
 * {@code ScimNumber}, {@code ScimBoolean} and {@code ScimNull}.
 *
 * <p>Equality is structural: objects compare their members regardless of order and of the case
 * of their names, arrays compare their elements in order, numbers compare by value ({@code 1.0}
 * equals {@code 1}). {@code toString()} prints compact JSON.
 *
 * @since 0.1
 */
public sealed interface ScimNode
    permits ScimObject, ScimArray, ScimString, ScimNumber, ScimBoolean, ScimNull {

  /**
   * The JSON type of a node: one constant per implementation. A switch expression over
   * {@link #kind()} must name every constant, so a new kind of node fails to compile where it is
   * not handled.
   *
   * @since 0.1
   */
  enum Kind {
    /** A {@link ScimObject}. */
    OBJECT,
    /** A {@link ScimArray}. */
    ARRAY,
    /** A {@link ScimString}. */
    STRING,
    /** A {@link ScimNumber}. */
    NUMBER,
    /** A {@link ScimBoolean}. */
    BOOLEAN,
    /** {@link ScimNull#INSTANCE}. */
    NULL
  }

  /**
   * Returns the JSON type of this node.
   *
   * @return the constant of this node's implementation
   * @since 0.1
   */
  Kind kind();

  /** {@return whether this is the JSON {@code null}, {@link ScimNull#INSTANCE}} */
  default boolean isNull() {
    return this == ScimNull.INSTANCE;
  }

  /**
   * {@return whether this is a string, number or boolean} Those, and {@code null}, are the values a
   * filter compares with.
   */
  default boolean isScalar() {
    return switch (kind()) {
      case STRING, NUMBER, BOOLEAN -> true;
      case OBJECT, ARRAY, NULL -> false;
    };
  }

  /**
   * {@return the JSON type name of this node: object, array, string, number, boolean or null} It is
   * the node's {@link #kind()} in lower case.
   */
  default String jsonType() {
    return Ascii.toLowerCase(kind().name());
  }
}
