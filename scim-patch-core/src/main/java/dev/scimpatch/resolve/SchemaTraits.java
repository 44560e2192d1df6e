package dev.scimpatch.resolve;

import dev.scimpatch.internal.Ascii;
import dev.scimpatch.path.AttributePath;
import dev.scimpatch.path.AttributeTraits;
import dev.scimpatch.schema.Attribute;
import dev.scimpatch.schema.AttributeType;
import dev.scimpatch.schema.ResourceSchema;
import java.util.Optional;

/** {@link AttributeTraits} read from a {@link ResourceSchema}. */
final class SchemaTraits implements AttributeTraits {

  private final ResourceSchema schema;

  SchemaTraits(ResourceSchema schema) {
    this.schema = schema;
  }

  @Override
  public boolean caseExact(AttributePath attribute) {
    return definition(attribute).map(Attribute::caseExact).orElse(false);
  }

  @Override
  public Optional<AttributeType> type(AttributePath attribute) {
    return definition(attribute).map(Attribute::type);
  }

  /** The definition {@code path} names: an attribute, or a sub-attribute of one. */
  Optional<Attribute> definition(AttributePath path) {
    Optional<Attribute> attribute = schema.attribute(path.schema(), path.name());
    String sub = path.subAttribute();
    if (sub == null) {
      return attribute;
    }
    // In a filter on a multi-valued simple attribute, "value" is the value itself.
    return attribute.flatMap(a -> !a.isComplex() && a.multiValued() && Ascii.equalsIgnoreCase(sub, "value")
        ? Optional.of(a) : a.subAttribute(sub));
  }
}
