/**
 * What a server sends back: a resource shaped by the attributes' {@code returned} characteristic
 * and the {@code attributes} / {@code excludedAttributes} parameters (RFC 7644 §3.4.2.5, §3.9),
 * its version ({@code meta.version}, an ETag) and the {@code If-Match} / {@code If-None-Match}
 * preconditions (RFC 7644 §3.14).
 */
@NullMarked
package dev.scimpatch.response;

import org.jspecify.annotations.NullMarked;
