/**
 * Bean Validation constraints for SCIM PATCH input: {@link ValidPatchRequest} for request bodies,
 * {@link ScimPath} for attribute paths and {@link ScimFilter} for filters.
 *
 * <p>Needs {@code jakarta.validation} (3.x) and a provider, such as Hibernate Validator, at run
 * time (nothing else in scim-patch does), and for request bodies given as JSON, a JSON adapter
 * such as {@code scim-patch-jackson} on the class path. The validators read input with the same
 * rules as the facade: the adapter's {@link dev.scimpatch.codec.ScimCodec} and a
 * {@link dev.scimpatch.profile.RequestReader} for bodies, {@link dev.scimpatch.path.PathParser} for
 * paths and filters.
 *
 * <p>Violation messages never contain the validated input: each is the constraint's message
 * (by default a fixed key of this module's {@code ContributorValidationMessages.properties}),
 * followed by the RFC 7644 {@code scimType} keyword of the failure and, for a request, the
 * zero-based index of the failing operation, for example {@code "is not a valid SCIM PATCH
 * request (invalidPath, operation 1)"}. So no request text reaches message interpolation, where it
 * could inject expression language. The full {@link dev.scimpatch.ScimPatchException} detail comes
 * from the facade when the request is applied.
 *
 * <p>{@code null} is valid for every constraint, as is Bean Validation's convention; add
 * {@code @NotNull} to refuse it.
 */
@NullMarked
package dev.scimpatch.validation;

import org.jspecify.annotations.NullMarked;
