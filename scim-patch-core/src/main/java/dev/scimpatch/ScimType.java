package dev.scimpatch;

import dev.scimpatch.internal.Keywords;
import java.util.Optional;

/**
 * The {@code scimType} error keywords of RFC 7644 §3.12, Table 9.
 *
 * <p>Each constant knows its keyword as written on the wire ({@link #keyword()}) and the HTTP
 * status the RFC pairs it with ({@link #status()}).
 *
 * @since 0.1
 */
public enum ScimType {
  /** The filter syntax is invalid, or an attribute and operator combination is not supported. */
  INVALID_FILTER("invalidFilter", 400),
  /** The request would return more results than the server is willing to process. */
  TOO_MANY("tooMany", 400),
  /** One or more attribute values are already in use or reserved. */
  UNIQUENESS("uniqueness", 409),
  /** The attempted modification is not compatible with the target attribute's mutability. */
  MUTABILITY("mutability", 400),
  /** The request body structure was invalid or did not conform to the request schema. */
  INVALID_SYNTAX("invalidSyntax", 400),
  /** The path attribute was invalid or malformed. */
  INVALID_PATH("invalidPath", 400),
  /** The path did not yield an attribute or attribute value that could be operated on. */
  NO_TARGET("noTarget", 400),
  /** A required value was missing, or the value specified was not compatible. */
  INVALID_VALUE("invalidValue", 400),
  /** The specified SCIM protocol version is not supported. */
  INVALID_VERS("invalidVers", 400),
  /** The request cannot be completed because of sensitive information in the request URI. */
  SENSITIVE("sensitive", 403);

  private final String keyword;
  private final int status;

  ScimType(String keyword, int status) {
    this.keyword = keyword;
    this.status = status;
  }

  /** {@return the keyword as it appears in a SCIM error document, for example {@code "invalidPath"}} */
  public String keyword() {
    return keyword;
  }

  /** {@return the HTTP status RFC 7644 Table 9 gives for this keyword} */
  public int status() {
    return status;
  }

  /**
   * Looks up a constant by its wire keyword, exactly as RFC 7644 spells it.
   *
   * @param keyword the keyword, for example {@code "invalidPath"}; case matters
   * @return the constant, or empty if {@code keyword} is not one of Table 9's keywords
   */
  public static Optional<ScimType> fromKeyword(String keyword) {
    return Keywords.find(values(), ScimType::keyword, keyword);
  }

  @Override
  public String toString() {
    return keyword;
  }
}
