/**
 * Bean Validation constraints for SCIM PATCH input: {@link ValidPatchRequest} for request bodies,
 * {@link ScimPath} for attribute paths and {@link ScimFilter} for filters.
 *
 * <p>Needs {@code jakarta.validation} (3.x) and a provider, such as Hibernate Validator, at run
 * time; nothing else in scim-patch does. The validators read input with the same strict rules as
 * {@link dev.scimpatch.jackson.ScimPatch}: {@link dev.scimpatch.jackson.ScimJson} and
 * {@link dev.scimpatch.PatchMessages} for bodies, {@link dev.scimpatch.path.PathParser} for paths
 * and filters.
 *
 * <p>Violation messages never contain the validated input: each is the constraint's message
 * (by default a fixed key of this package's {@code ValidationMessages.properties}), followed by
 * the RFC 7644 {@code scimType} keyword of the failure and, for a request, the zero-based index of
 * the failing operation, for example {@code "is not a valid SCIM PATCH request (invalidPath,
 * operation 1)"}. So no request text reaches message interpolation, where it could inject
 * expression language. The full {@link dev.scimpatch.ScimPatchException} detail comes from
 * {@code ScimPatch} when the request is applied.
 *
 * <p>{@code null} is valid for every constraint, as is Bean Validation's convention; add
 * {@code @NotNull} to refuse it.
 */
@NullMarked
package dev.scimpatch.jackson.validation;

import org.jspecify.annotations.NullMarked;
