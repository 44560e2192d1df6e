package dev.scimpatch.resolve;

import dev.scimpatch.path.AttributePath;
import dev.scimpatch.schema.Attribute;
import org.jspecify.annotations.Nullable;

/**
 * An attribute a path or a key names, resolved against a {@link ResourceType}: where it lives, how
 * it is spelled, and what it is.
 *
 * @param container {@code null} when the attribute lives in the resource itself; else the URN of
 *     the extension whose container holds it. Without a schema it is the URN as written, which the
 *     engine takes for the resource itself when the resource lists it first in {@code schemas}.
 * @param name the name to write: the schema's spelling, else as written (the engine then keeps the
 *     spelling the resource already has)
 * @param definition the definition, or {@code null} when none is known (no schema, or an attribute
 *     of an open extension); without a schema, the common attributes ({@code id}, {@code meta}, ...)
 *     have theirs when not qualified by a URN (qualified, the engine looks theirs up when the URN
 *     is the resource's core schema)
 * @param schemaUrn the URN of the schema that defines it, {@code null} without a schema
 * @since 0.1
 */
public record AttributeRef(
    @Nullable String container, String name, @Nullable Attribute definition, @Nullable String schemaUrn) {

  /** {@return the attribute as a filter's scope: {@code [schemaUrn:]name}} */
  public AttributePath scope() {
    return new AttributePath(schemaUrn, name, null);
  }

  /**
   * {@return a sub-attribute of it, {@code [schemaUrn:]name.subName}, as the filter evaluator's
   * traits are asked about it}
   *
   * @param subName the sub-attribute's name, as written in a filter
   */
  public AttributePath sub(String subName) {
    return new AttributePath(schemaUrn, name, subName);
  }
}
