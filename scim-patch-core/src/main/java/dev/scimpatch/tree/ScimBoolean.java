package dev.scimpatch.tree;

/**
 * A JSON boolean. Only {@code true} and {@code false} are booleans (RFC 7643 §2.3.2); a string
 * {@code "False"} is a {@link ScimString}.
 *
 * @param value the value
 * @since 0.1
 */
public record ScimBoolean(boolean value) implements ScimNode {

  /** The node for {@code true}. */
  public static final ScimBoolean TRUE = new ScimBoolean(true);
  /** The node for {@code false}. */
  public static final ScimBoolean FALSE = new ScimBoolean(false);

  /**
   * Returns {@link #TRUE} or {@link #FALSE}.
   *
   * @param value the value
   * @return the node for {@code value}
   */
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
