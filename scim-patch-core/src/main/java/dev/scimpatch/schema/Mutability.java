package dev.scimpatch.schema;

import dev.scimpatch.internal.Keywords;
import java.util.Optional;

/**
 * The {@code mutability} characteristic of RFC 7643 §2.2 and §7.
 *
 * @since 0.1
 */
public enum Mutability {
  /** {@code readOnly}: clients never modify the attribute. */
  READ_ONLY("readOnly"),
  /** {@code readWrite}: updated and read at any time. The default. */
  READ_WRITE("readWrite"),
  /** {@code immutable}: set when the attribute has no value; never changed afterwards. */
  IMMUTABLE("immutable"),
  /** {@code writeOnly}: updated at any time, never returned. */
  WRITE_ONLY("writeOnly");

  private final String keyword;

  Mutability(String keyword) {
    this.keyword = keyword;
  }

  /** {@return the keyword as written in a schema, for example {@code "readOnly"}} */
  public String keyword() {
    return keyword;
  }

  /**
   * Looks up a value by its schema keyword, exactly as RFC 7643 spells it.
   *
   * @param keyword the keyword, for example {@code "readOnly"}; case matters
   * @return the value, or empty if {@code keyword} is none of RFC 7643's
   */
  public static Optional<Mutability> fromKeyword(String keyword) {
    return Keywords.find(values(), Mutability::keyword, keyword);
  }

  @Override
  public String toString() {
    return keyword;
  }
}
