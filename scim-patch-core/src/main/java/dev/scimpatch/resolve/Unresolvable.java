package dev.scimpatch.resolve;

import dev.scimpatch.ScimPatchException;

/**
 * An operation that names what the resource type does not have, or gives a value of the wrong
 * type: the error the engine reports when it reaches the operation, so that a request names its
 * first failing operation (R-GEN-2) however far ahead it was read. A refusal by one of the
 * profile's tolerances (T9, T15) is thrown as the {@link ScimPatchException} itself, when it is
 * read, as every other reading error is.
 */
final class Unresolvable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // never serialised: caught inside this package
  final ScimPatchException error;

  Unresolvable(ScimPatchException error) {
    super(null, null, false, false);
    this.error = error;
  }
}
