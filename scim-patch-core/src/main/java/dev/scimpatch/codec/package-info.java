/**
 * The core's entry points for JSON, independent of any JSON library: the {@link
 * dev.scimpatch.codec.ScimCodec} an adapter implements, the {@link dev.scimpatch.codec.Patcher}
 * facade over it, SCIM error documents ({@link dev.scimpatch.codec.ErrorDocument}) and indented
 * JSON text for people to read ({@link dev.scimpatch.codec.PrettyJson}).
 *
 * <p>Nothing in this package accepts or returns {@code null} unless it is annotated
 * {@code @Nullable}.
 */
@NullMarked
package dev.scimpatch.codec;

import org.jspecify.annotations.NullMarked;
