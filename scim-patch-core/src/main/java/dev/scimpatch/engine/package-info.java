/**
 * The patch engine: applies a {@link dev.scimpatch.PatchRequest} to a resource tree, following
 * every rule of RFC 7644 §3.5.2, atomically. Start at {@link dev.scimpatch.engine.PatchEngine}.
 */
@NullMarked
package dev.scimpatch.engine;

import org.jspecify.annotations.NullMarked;
