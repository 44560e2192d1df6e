package dev.scimpatch.tree;

/**
 * The JSON {@code null}. RFC 7643 §2.5 treats it as "unassigned".
 *
 * @since 0.1
 */
public enum ScimNull implements ScimNode {
  /** The one null node. */
  INSTANCE;

  @Override
  public Kind kind() {
    return Kind.NULL;
  }

  @Override
  public String toString() {
    return "null";
  }
}
