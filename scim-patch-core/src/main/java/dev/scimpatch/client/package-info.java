/**
 * The client side: PATCH requests computed as the difference of two states of a resource, and
 * requests rewritten for the dialect of a target server ({@link dev.scimpatch.client.PatchDiff}).
 */
@NullMarked
package dev.scimpatch.client;

import org.jspecify.annotations.NullMarked;
