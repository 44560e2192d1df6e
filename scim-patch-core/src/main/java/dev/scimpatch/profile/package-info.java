/**
 * Reading PatchOp messages under a {@link dev.scimpatch.Profile}: the
 * {@link dev.scimpatch.profile.RequestReader} rewrites a client's dialect into canonical
 * operations (tolerance), resolves them against a {@link dev.scimpatch.resolve.ResourceType} and
 * checks the restrictions of the emulated server (emulation); {@link
 * dev.scimpatch.profile.PatchMessages} reads strictly and writes messages.
 *
 * <p>Nothing in this package accepts or returns {@code null} unless it is annotated
 * {@code @Nullable}.
 */
@NullMarked
package dev.scimpatch.profile;

import org.jspecify.annotations.NullMarked;
