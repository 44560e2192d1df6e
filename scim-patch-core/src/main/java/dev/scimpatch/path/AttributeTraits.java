package dev.scimpatch.path;

import dev.scimpatch.schema.AttributeType;
import java.util.Optional;

/**
 * What {@link FilterEvaluator} needs to know about attributes: whether strings compare
 * case-sensitively, and which type values have. A schema provides these; without one every
 * attribute is case-insensitive and types are inferred from the values.
 *
 * <p>The evaluator passes absolute attribute paths: inside {@code emails[type eq "work"]} it asks
 * about {@code emails.type}.
 */
public interface AttributeTraits {

  /**
   * Whether string values of {@code attribute} compare case-sensitively (RFC 7643 §2.2
   * {@code caseExact}). The default is {@code false}, the RFC's default.
   */
  default boolean caseExact(AttributePath attribute) {
    return false;
  }

  /**
   * The type of {@code attribute}, or empty when unknown. When unknown, two strings that both
   * read as an xsd:dateTime compare chronologically, and every other value compares as what it
   * is. The default is empty.
   */
  default Optional<AttributeType> type(AttributePath attribute) {
    return Optional.empty();
  }

  /** Returns the traits of a schema-less resource: all defaults. */
  static AttributeTraits schemaless() {
    return SchemalessTraits.INSTANCE;
  }
}
