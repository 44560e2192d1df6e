package dev.scimpatch.tree;

/**
 * A JSON boolean. Only {@code true} and {@code false} are booleans (RFC 7643 §2.3.2); a string
 * {@code "False"} is a {@link ScimString}.
 *
 * @param value the value
 */
public record ScimBoolean(boolean value) implements ScimNode {

  /** The node for {@code true}. */
  public static final ScimBoolean TRUE = new ScimBoolean(true);
  /** The node for {@code false}. */
  public static final ScimBoolean FALSE = new ScimBoolean(false);

  /** Returns {@link #TRUE} or {@link #FALSE}. */
  public static ScimBoolean of(boolean value) {
    return value ? TRUE : FALSE;
  }

  @Override
  public Kind kind() {
    return Kind.BOOLEAN;
  }

  @Override
  public String toString() {
    return value ? "true" : "false";
  }
}
