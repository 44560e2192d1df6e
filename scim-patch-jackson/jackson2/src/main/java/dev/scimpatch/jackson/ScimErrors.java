package dev.scimpatch.jackson;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.codec.ErrorDocument;
import dev.scimpatch.tree.ScimObject;

/**
 * SCIM error documents (RFC 7644 §3.12) as Jackson trees and JSON: the core's
 * {@link ErrorDocument}, ready to send as the body of the response whose HTTP status is
 * {@link ScimPatchException#status()}.
 *
 * @since 0.1
 */
public final class ScimErrors {
  private ScimErrors() {}

  /** The URN of the SCIM Error message schema. */
  public static final String SCHEMA = ErrorDocument.SCHEMA;

  /** The media type SCIM responses use. */
  public static final String MEDIA_TYPE = ErrorDocument.MEDIA_TYPE;

  /**
   * Returns the error document as a tree: {@link ErrorDocument#of}.
   *
   * @param e the exception
   * @return the document
   */
  public static ScimObject toNode(ScimPatchException e) {
    return ErrorDocument.of(e);
  }

  /**
   * Returns the error document as a Jackson {@link ObjectNode}.
   *
   * @param e the exception
   * @return the document
   */
  public static ObjectNode toJsonNode(ScimPatchException e) {
    return ScimJson.defaults().toObjectNode(ErrorDocument.of(e));
  }

  /**
   * Returns the error document as UTF-8 JSON.
   *
   * @param e the exception
   * @return the document
   */
  public static byte[] toBytes(ScimPatchException e) {
    return ScimJson.defaults().writeBytes(ErrorDocument.of(e));
  }
}
