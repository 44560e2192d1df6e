/**
 * RFC 7643 schema model: attribute types and characteristics.
 */
@NullMarked
package dev.scimpatch.schema;

import org.jspecify.annotations.NullMarked;
