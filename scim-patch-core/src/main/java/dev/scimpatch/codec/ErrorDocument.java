package dev.scimpatch.codec;

import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.Objects;

/**
 * The SCIM error document (RFC 7644 §3.12) of a {@link ScimPatchException}: {@code schemas},
 * {@code status} as a string, {@code scimType} when there is one, and {@code detail}. Send it as
 * the body of the response whose HTTP status is {@link ScimPatchException#status()}.
 *
 * <pre>{@code
 * {"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"400",
 *  "scimType":"mutability","detail":"operation 1 (path \"id\"): \"id\" is readOnly (R-GEN-4)"}
 * }</pre>
 *
 * @since 0.1
 */
public final class ErrorDocument {
  private ErrorDocument() {}

  /** The URN of the SCIM Error message schema. */
  public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

  /** The media type SCIM responses use. */
  public static final String MEDIA_TYPE = "application/scim+json";

  /**
   * Returns the error document of an exception.
   *
   * @param e the exception
   * @return the document
   */
  public static ScimObject of(ScimPatchException e) {
    Objects.requireNonNull(e, "e");
    ScimObject.Builder b = ScimObject.builder()
        .put("schemas", ScimArray.of(ScimString.of(SCHEMA)))
        .put("status", ScimString.of(Integer.toString(e.status())));
    ScimType type = e.scimType();
    if (type != null) {
      b.put("scimType", ScimString.of(type.keyword()));
    }
    return b.put("detail", ScimString.of(e.detail())).build();
  }
}
