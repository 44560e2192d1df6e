package dev.scimpatch.jackson;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.Objects;

/**
 * SCIM error documents (RFC 7644 §3.12): {@code schemas}, {@code status} as a string,
 * {@code scimType} when there is one, and {@code detail}. Ready to send as the body of the
 * response whose HTTP status is {@link ScimPatchException#status()}.
 *
 * <pre>{@code
 * {"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"400",
 *  "scimType":"mutability","detail":"operation 1 (path \"id\"): \"id\" is readOnly (R-GEN-4)"}
 * }</pre>
 */
public final class ScimErrors {
  private ScimErrors() {}

  /** The URN of the SCIM Error message schema. */
  public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

  /** The media type SCIM responses use. */
  public static final String MEDIA_TYPE = "application/scim+json";

  /** Returns the error document as a tree. */
  public static ScimObject toNode(ScimPatchException e) {
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

  /** Returns the error document as a Jackson {@link ObjectNode}. */
  public static ObjectNode toJsonNode(ScimPatchException e) {
    return ScimJson.defaults().toObjectNode(toNode(e));
  }

  /** Returns the error document as UTF-8 JSON. */
  public static byte[] toBytes(ScimPatchException e) {
    return ScimJson.defaults().writeBytes(toNode(e));
  }
}
