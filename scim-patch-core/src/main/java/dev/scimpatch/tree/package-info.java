/**
 * The immutable resource tree: a JSON document as SCIM sees it.
 *
 * <p>{@link dev.scimpatch.tree.ScimNode} is a sealed type with one implementation per JSON kind.
 * Objects match member names case-insensitively (ASCII folding only, never the default locale, as
 * RFC 7643 §2.1 makes attribute names case-insensitive) and keep insertion order and the original
 * spelling. Numbers are exact. Every node is immutable; the {@code with...} methods return a new
 * node that shares all untouched children with the old one.
 */
@NullMarked
package dev.scimpatch.tree;

import org.jspecify.annotations.NullMarked;
