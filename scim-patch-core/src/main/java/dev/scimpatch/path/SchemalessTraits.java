package dev.scimpatch.path;

/**
 * The traits of a schema-less resource, every default of {@link AttributeTraits}; behind
 * {@link AttributeTraits#schemaless()}. Not public: a member type of the interface would be.
 */
enum SchemalessTraits implements AttributeTraits {
  /** The one instance. */
  INSTANCE
}
