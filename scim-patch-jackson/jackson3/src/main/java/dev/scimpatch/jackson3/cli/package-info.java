/** The command-line tool on Jackson 3; not exported. */
@NullMarked
package dev.scimpatch.jackson3.cli;

import org.jspecify.annotations.NullMarked;
