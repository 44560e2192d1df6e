package dev.scimpatch.schema;

import dev.scimpatch.internal.Keywords;
import java.util.Optional;

/**
 * The data types of RFC 7643 §2.3, by the keyword a schema's {@code type} uses.
 *
 * @since 0.1
 */
public enum AttributeType {
  /** {@code string}: a sequence of characters (§2.3.1). */
  STRING("string"),
  /** {@code boolean}: JSON {@code true} or {@code false} only (§2.3.2). */
  BOOLEAN("boolean"),
  /** {@code decimal}: a real number (§2.3.3). */
  DECIMAL("decimal"),
  /** {@code integer}: a whole number (§2.3.4). */
  INTEGER("integer"),
  /** {@code dateTime}: an xsd:dateTime string, compared chronologically (§2.3.5). */
  DATE_TIME("dateTime"),
  /** {@code binary}: base64-encoded bytes (§2.3.6). */
  BINARY("binary"),
  /** {@code reference}: a URI (§2.3.7). */
  REFERENCE("reference"),
  /** {@code complex}: a singular or multi-valued object of sub-attributes (§2.3.8). */
  COMPLEX("complex");

  private final String keyword;

  AttributeType(String keyword) {
    this.keyword = keyword;
  }

  /** {@return the keyword as written in a schema, for example {@code "dateTime"}} */
  public String keyword() {
    return keyword;
  }

  /**
   * Looks up a type by its schema keyword, exactly as RFC 7643 spells it.
   *
   * @param keyword the keyword, for example {@code "dateTime"}; case matters
   * @return the type, or empty if {@code keyword} is none of RFC 7643's
   */
  public static Optional<AttributeType> fromKeyword(String keyword) {
    return Keywords.find(values(), AttributeType::keyword, keyword);
  }

  @Override
  public String toString() {
    return keyword;
  }
}
