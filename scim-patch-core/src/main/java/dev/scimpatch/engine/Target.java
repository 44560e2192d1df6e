package dev.scimpatch.engine;

import dev.scimpatch.path.AttributePath;
import dev.scimpatch.schema.Attribute;
import dev.scimpatch.schema.Mutability;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import org.jspecify.annotations.Nullable;

/**
 * Where one attribute lives in the working copy and what it is.
 *
 * @param container the resource or an extension container
 * @param name the name to write: the schema's spelling, else the resource's, else the request's
 * @param def the definition, or {@code null} without one (the common attributes always have one)
 * @param schemaUrn the URN of the schema that defines it ({@code null} without a schema)
 */
record Target(Container container, String name, @Nullable Attribute def, @Nullable String schemaUrn) {

  /** The attribute as the scope of a value filter. */
  AttributePath scope() {
    return new AttributePath(schemaUrn, name, null);
  }

  /** One of its sub-attributes, as the filter evaluator's traits are asked about it. */
  AttributePath sub(String subName) {
    return new AttributePath(schemaUrn, name, subName);
  }

  /** Whether it is multi-valued: by definition, else by what it holds, else by the value given. */
  boolean isMultiValued(@Nullable ScimNode given) {
    if (def != null) {
      return def.multiValued();
    }
    if (container.holdsArray(name)) {
      return true;
    }
    return container.get(name) == null && given instanceof ScimArray;
  }

  /** Whether it is complex: by definition, else by what it holds, else by the value given. */
  boolean isComplex(ScimNode given) {
    if (def != null) {
      return def.isComplex();
    }
    ScimNode current = container.get(name);
    return current instanceof ScimObject || (current == null && given instanceof ScimObject);
  }

  /** Whether its definition makes it readOnly or immutable. */
  boolean isReadOnlyOrImmutable() {
    return def != null && (def.mutability() == Mutability.READ_ONLY
        || def.mutability() == Mutability.IMMUTABLE);
  }
}
