package dev.scimpatch.path;

import dev.scimpatch.schema.AttributeType;
import java.util.Optional;

/**
 * What {@link FilterEvaluator} needs to know about attributes: whether strings compare
 * case-sensitively, and which type values have. A schema provides these; without one every
 * attribute is case-insensitive and types are inferred from the values.
 *
 * <p>The evaluator passes absolute attribute paths: inside {@code emails[type eq "work"]} it asks
 * about {@code emails.type}. A name inside a value filter that has a sub-attribute of its own
 * ({@code emails[display.x eq "a"]}, which no schema defines) is passed as written.
 *
 * @since 0.1
 */
public interface AttributeTraits {

  /**
   * Whether string values of {@code attribute} compare case-sensitively (RFC 7643 §2.2
   * {@code caseExact}). The default is {@code false}, the RFC's default.
   *
   * @param attribute the attribute whose values are compared, for example {@code emails.value}
   * @return whether its string values compare case-sensitively
   */
  default boolean caseExact(AttributePath attribute) {
    return false;
  }

  /**
   * The type of {@code attribute}, or empty when unknown. When unknown, two strings that both
   * read as an xsd:dateTime compare chronologically, and every other value compares as what it
   * is. The default is empty.
   *
   * @param attribute the attribute whose values are compared, for example {@code meta.lastModified}
   * @return its type, or empty when unknown
   */
  default Optional<AttributeType> type(AttributePath attribute) {
    return Optional.empty();
  }

  /** {@return the traits of a schema-less resource: every attribute case-insensitive, no type known} */
  static AttributeTraits schemaless() {
    return SchemalessTraits.INSTANCE;
  }
}
