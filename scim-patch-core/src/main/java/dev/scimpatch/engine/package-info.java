/**
 * The patch engine: applies a {@link dev.scimpatch.request.PatchRequest} to a resource tree,
 * following every rule of RFC 7644 §3.5.2, atomically. Start at
 * {@link dev.scimpatch.engine.PatchEngine}.
 *
 * <p>Inside, one request is one {@code Run} over a working copy; single-valued and multi-valued
 * attributes (with {@code primary}) and the mutability rules each have their own class, and add,
 * replace and remove are separate entry points. Names and values arrive resolved and checked
 * ({@link dev.scimpatch.resolve.ResolvedOperation}); the engine resolves nothing again.
 *
 * <p>Nothing in this package accepts or returns {@code null} unless it is annotated
 * {@code @Nullable}.
 */
@NullMarked
package dev.scimpatch.engine;

import org.jspecify.annotations.NullMarked;
