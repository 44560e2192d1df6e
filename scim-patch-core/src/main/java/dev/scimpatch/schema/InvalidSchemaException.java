package dev.scimpatch.schema;

import java.util.Objects;

/**
 * A schema or resource type representation that {@link SchemaJson} cannot read, with the RFC 6901
 * JSON pointer of the member at fault.
 *
 * <p>The message has one shape, "reason at pointer", for example
 * {@code unknown type "strin" at /attributes/3/subAttributes/0/type}; the pointer is relative to
 * the node given to the reader ({@code ""} is that node itself) and may name a member that is
 * missing.
 *
 * <p>Schemas are the server's own configuration, not client input: this is a programming error of
 * the server, to fix where the schemas are written, and never a SCIM 4xx response. It is therefore
 * no {@code ScimPatchException}.
 *
 * @since 0.1
 */
public final class InvalidSchemaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** RFC 6901 pointer of the bad member. */
  private final String pointer;

  /** What is wrong with it. */
  private final String reason;

  InvalidSchemaException(String pointer, String reason) {
    super(reason + " at " + (pointer.isEmpty() ? "the document's root" : pointer));
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * {@return the RFC 6901 JSON pointer of the bad member, relative to the node that was read}
   * {@code ""} is that node itself; member names are spelled as in the document.
   */
  public String pointer() {
    return pointer;
  }

  /** {@return what is wrong, without the pointer: for example {@code unknown type "strin"}} */
  public String reason() {
    return reason;
  }
}
