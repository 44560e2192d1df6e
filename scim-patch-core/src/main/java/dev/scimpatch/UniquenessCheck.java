package dev.scimpatch;

import dev.scimpatch.schema.Attribute;
import dev.scimpatch.tree.ScimNode;
import org.jspecify.annotations.Nullable;

/**
 * The server's answer to "does another resource hold this value?", for attributes whose
 * {@code uniqueness} is {@code server} or {@code global} (RFC 7643 §2.2). The patcher asks it, after
 * applying a request and before returning, about every such attribute the request changed to a
 * value other than {@code null}; a conflict is {@code 409 uniqueness} naming the attribute, and
 * nothing changes (RFC 7644 §3.5.2: the request fails as a whole).
 *
 * <p>The check runs on the caller's thread, once per changed attribute value (each value of a
 * multi-valued attribute whose uniqueness is set); it may query a database.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface UniquenessCheck {

  /**
   * Whether another resource holds the value.
   *
   * @param schemaUrn the URN of the schema that defines the attribute
   * @param attribute the attribute's definition, its uniqueness {@code server} or {@code global}
   * @param value the new value
   * @return whether the value conflicts with another resource's
   */
  boolean conflicts(@Nullable String schemaUrn, Attribute attribute, ScimNode value);

  /** {@return the check that finds no conflict: the default} */
  static UniquenessCheck none() {
    return (schemaUrn, attribute, value) -> false;
  }
}
