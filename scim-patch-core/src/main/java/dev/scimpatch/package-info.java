/**
 * Errors, limits and the entry points of scim-patch.
 *
 * <p>Every failure caused by input (a request, a path, a filter, a value) is a
 * {@link dev.scimpatch.ScimPatchException} carrying the HTTP status and the RFC 7644 §3.12
 * {@code scimType}. Nothing in this library accepts or returns {@code null} unless a parameter or
 * return value is annotated {@code @Nullable}.
 */
@NullMarked
package dev.scimpatch;

import org.jspecify.annotations.NullMarked;
