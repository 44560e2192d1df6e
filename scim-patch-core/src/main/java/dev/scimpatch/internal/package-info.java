/**
 * Implementation details shared across packages. Not exported; not API.
 */
@NullMarked
package dev.scimpatch.internal;

import org.jspecify.annotations.NullMarked;
