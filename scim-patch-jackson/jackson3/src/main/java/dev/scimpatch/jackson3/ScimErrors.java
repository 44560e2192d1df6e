package dev.scimpatch.jackson3;

import dev.scimpatch.ScimPatchException;
import dev.scimpatch.codec.ErrorDocument;
import tools.jackson.databind.node.ObjectNode;

/**
 * SCIM error responses (RFC 7644 §3.12) for a {@link ScimPatchException}, as Jackson 3 trees or
 * bytes: the core's {@link ErrorDocument} written by {@link ScimJson}, byte for byte what the
 * Jackson 2 adapter writes. The schema URN, the media type and the document as the core's tree are
 * {@link ErrorDocument}'s.
 *
 * @since 0.1
 */
public final class ScimErrors {
  private ScimErrors() {}

  /**
   * The error document as a Jackson 3 tree.
   *
   * @param e the error
   * @return {@code {"schemas": [...], "status": "400", "scimType": ..., "detail": ...}}
   */
  public static ObjectNode toJsonNode(ScimPatchException e) {
    return ScimJson.defaults().toObjectNode(ErrorDocument.of(e));
  }

  /**
   * The error document as compact UTF-8 JSON, the body of the error response
   * ({@code Content-Type: application/scim+json}, status {@link ScimPatchException#status()}).
   *
   * @param e the error
   * @return the body
   */
  public static byte[] toBytes(ScimPatchException e) {
    return ScimJson.defaults().writeBytes(ErrorDocument.of(e));
  }
}
