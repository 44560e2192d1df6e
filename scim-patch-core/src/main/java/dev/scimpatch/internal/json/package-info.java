/**
 * A small JSON reader for the core, which has no JSON library to call. Not exported; not API.
 *
 * <p>Apart from {@code internal}, so that {@code internal} depends on no other package of the
 * project: this package builds {@code tree} nodes.
 */
@NullMarked
package dev.scimpatch.internal.json;

import org.jspecify.annotations.NullMarked;
