/**
 * Attribute paths and value filters (RFC 7644 §3.4.2.2 and §3.5.2, Figure 7).
 *
 * <p>{@link dev.scimpatch.path.Path#parse(String)} and {@link dev.scimpatch.path.Filter#parse(String)}
 * are hand-written recursive-descent parsers whose errors carry the input and the zero-based index
 * of the offending character; {@link dev.scimpatch.path.PathParser} adds the known schema URNs and
 * the {@link dev.scimpatch.Limits}. Parsed values are immutable records whose {@code toString()}
 * prints canonical syntax that parses back to an equal value.
 * {@link dev.scimpatch.path.FilterEvaluator} evaluates filters against tree nodes.
 */
@NullMarked
package dev.scimpatch.path;

import org.jspecify.annotations.NullMarked;
