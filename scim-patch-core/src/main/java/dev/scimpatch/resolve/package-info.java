/**
 * Names and values resolved against a resource type: {@link dev.scimpatch.resolve.ResourceType}
 * joins a schema (or none), the extensions a profile knows and the profile's value tolerances,
 * and turns operations into the {@link dev.scimpatch.resolve.ResolvedOperation}s the engine
 * applies.
 *
 * <p>Nothing in this package accepts or returns {@code null} unless it is annotated
 * {@code @Nullable}.
 */
@NullMarked
package dev.scimpatch.resolve;

import org.jspecify.annotations.NullMarked;
