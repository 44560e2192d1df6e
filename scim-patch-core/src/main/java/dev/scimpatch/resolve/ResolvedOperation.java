package dev.scimpatch.resolve;

import dev.scimpatch.Op;
import dev.scimpatch.path.Filter;
import dev.scimpatch.schema.Attribute;
import dev.scimpatch.tree.ScimNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step of a request as the engine applies it: an operation on one resolved attribute, whose
 * value has been checked against the attribute's definition (types, canonical sub-attribute
 * names) and shaped by the profile's value tolerances. An operation without a path becomes one
 * step per attribute it names.
 *
 * @param op the operation
 * @param attribute the attribute
 * @param filter the value filter, or {@code null}
 * @param subAttribute the sub-attribute's name (the schema's spelling where it has one), or
 *     {@code null}
 * @param subDefinition the sub-attribute's definition, or {@code null} when none is known
 * @param value the value of an add or replace; {@code null} for a remove
 * @since 0.1
 */
public record ResolvedOperation(
    Op op,
    AttributeRef attribute,
    @Nullable Filter filter,
    @Nullable String subAttribute,
    @Nullable Attribute subDefinition,
    @Nullable ScimNode value) {

  /**
   * Creates a step: an add or replace has a value, a remove has none.
   *
   * @param op the operation
   * @param attribute the attribute
   * @param filter the value filter, or {@code null}
   * @param subAttribute the sub-attribute's name, or {@code null}
   * @param subDefinition the sub-attribute's definition, or {@code null}
   * @param value the value: not {@code null} for an add or replace, {@code null} for a remove
   * @throws IllegalArgumentException if {@code value} does not fit {@code op} as just said
   */
  public ResolvedOperation {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(attribute, "attribute");
    if ((value == null) != (op == Op.REMOVE)) {
      throw new IllegalArgumentException(op + (value == null ? " needs a value" : " takes no value"));
    }
  }
}
