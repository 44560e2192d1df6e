package dev.scimpatch.tree;

import dev.scimpatch.internal.Text;
import java.util.Objects;

/**
 * A JSON string. Equality is exact; case-insensitive comparison is a matter for filters and the
 * schema's {@code caseExact}, not for the tree.
 *
 * @param value the string, never {@code null}
 * @since 0.1
 */
public record ScimString(String value) implements ScimNode {

  /**
   * Creates a string node.
   *
   * @param value the string, never {@code null}; any content, the empty string included
   */
  public ScimString {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns a string node.
   *
   * @param value the string, never {@code null}; any content, the empty string included
   * @return the node
   */
  public static ScimString of(String value) {
    return new ScimString(value);
  }

  @Override
  public Kind kind() {
    return Kind.STRING;
  }

  /** Returns the value as a JSON string literal, quotes included. */
  @Override
  public String toString() {
    return Text.quote(value);
  }
}
