/**
 * The {@code scim-patch} command-line tool, written once over a {@link dev.scimpatch.codec.ScimCodec}:
 * {@link dev.scimpatch.cli.Cli} holds its commands, options and messages, and prints JSON with
 * {@link dev.scimpatch.codec.PrettyJson}, so that each JSON adapter's tool is the same, its
 * {@code main} one call.
 *
 * <p>Nothing in this package accepts or returns {@code null} unless it is annotated
 * {@code @Nullable}.
 */
@NullMarked
package dev.scimpatch.cli;

import org.jspecify.annotations.NullMarked;
