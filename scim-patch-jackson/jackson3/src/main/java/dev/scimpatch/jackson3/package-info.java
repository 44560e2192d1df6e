/**
 * The Jackson 3 ({@code tools.jackson}) adapter: {@link dev.scimpatch.jackson3.ScimJson} reads and
 * writes the core's tree with Jackson 3's streaming API and converts its {@code JsonNode}s;
 * {@link dev.scimpatch.jackson3.ScimPatch} is the core's {@link dev.scimpatch.codec.TreePatcher}
 * over it; {@link dev.scimpatch.jackson3.ScimErrors} gives error documents;
 * {@link dev.scimpatch.jackson3.ScimPatchModule} lets requests and trees be bound types. It gives
 * the same results and errors as the Jackson 2 adapter, byte for byte.
 *
 * <p>Nothing in this package accepts or returns {@code null} unless it is annotated
 * {@code @Nullable}.
 */
@NullMarked
package dev.scimpatch.jackson3;

import org.jspecify.annotations.NullMarked;
