/**
 * RFC 7643 schema model: attribute types and characteristics, schemas and resource schemas, their
 * JSON representations ({@link dev.scimpatch.schema.SchemaJson}) and the built-in User and Group
 * ({@link dev.scimpatch.schema.ResourceSchemas}).
 */
@NullMarked
package dev.scimpatch.schema;

import org.jspecify.annotations.NullMarked;
