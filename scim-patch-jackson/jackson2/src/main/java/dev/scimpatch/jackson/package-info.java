/**
 * The Jackson 2.x adapter: {@link dev.scimpatch.jackson.ScimJson} reads and writes the core's tree
 * with Jackson's streaming API and converts {@code JsonNode}s; {@link dev.scimpatch.jackson.ScimPatch}
 * is the core's {@link dev.scimpatch.codec.Patcher} over it; {@link dev.scimpatch.jackson.ScimErrors}
 * gives error documents as Jackson trees; {@link dev.scimpatch.jackson.ScimPatchModule} lets
 * requests and trees be Jackson-bound types.
 *
 * <p>Nothing in this package accepts or returns {@code null} unless it is annotated
 * {@code @Nullable}.
 */
@NullMarked
package dev.scimpatch.jackson;

import org.jspecify.annotations.NullMarked;
