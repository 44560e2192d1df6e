/**
 * The request model: {@link dev.scimpatch.request.PatchRequest}, one or more
 * {@link dev.scimpatch.request.PatchOperation}s, built in code or read from a PatchOp message
 * ({@link dev.scimpatch.profile.PatchMessages}).
 *
 * <p>Nothing in this package accepts or returns {@code null} unless it is annotated
 * {@code @Nullable}.
 */
@NullMarked
package dev.scimpatch.request;

import org.jspecify.annotations.NullMarked;
