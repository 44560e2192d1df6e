package dev.scimpatch.tree;

/**
 * A node of the immutable resource tree: one JSON value as SCIM sees it.
 *
 * <p>The implementations are closed: {@code ScimObject}, {@code ScimArray}, {@code ScimString},
 * {@code ScimNumber}, {@code ScimBoolean} and {@code ScimNull}.
 *
 * <p>Equality is structural: objects compare their members regardless of order and of the case
 * of their names, arrays compare their elements in order, numbers compare by value ({@code 1.0}
 * equals {@code 1}). {@code toString()} prints compact JSON.
 */
public sealed interface ScimNode
    permits ScimObject, ScimArray, ScimString, ScimNumber, ScimBoolean, ScimNull {

  /** Whether this is the JSON {@code null}. */
  default boolean isNull() {
    return this == ScimNull.INSTANCE;
  }

  /** Whether this is a string, number or boolean: a value that can appear in a filter. */
  default boolean isScalar() {
    return this instanceof ScimString || this instanceof ScimNumber || this instanceof ScimBoolean;
  }

  /** Returns the JSON type name of this node: object, array, string, number, boolean or null. */
  String jsonType();
}
