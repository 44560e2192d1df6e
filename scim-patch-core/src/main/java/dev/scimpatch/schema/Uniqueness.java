package dev.scimpatch.schema;

import dev.scimpatch.internal.Keywords;
import java.util.Optional;

/**
 * The {@code uniqueness} characteristic of RFC 7643 §2.2 and §7.
 *
 * @since 0.1
 */
public enum Uniqueness {
  /** {@code none}: values need not be unique. The default. */
  NONE("none"),
  /** {@code server}: unique within the service provider's current resources. */
  SERVER("server"),
  /** {@code global}: globally unique. */
  GLOBAL("global");

  private final String keyword;

  Uniqueness(String keyword) {
    this.keyword = keyword;
  }

  /** {@return the keyword as written in a schema, for example {@code "server"}} */
  public String keyword() {
    return keyword;
  }

  /**
   * Looks up a value by its schema keyword, exactly as RFC 7643 spells it.
   *
   * @param keyword the keyword, for example {@code "server"}; case matters
   * @return the value, or empty if {@code keyword} is none of RFC 7643's
   */
  public static Optional<Uniqueness> fromKeyword(String keyword) {
    return Keywords.find(values(), Uniqueness::keyword, keyword);
  }

  @Override
  public String toString() {
    return keyword;
  }
}
