package dev.scimpatch.schema;

import dev.scimpatch.internal.Keywords;
import java.util.Optional;

/**
 * The {@code returned} characteristic of RFC 7643 §2.2 and §7.
 *
 * @since 0.1
 */
public enum Returned {
  /** {@code always}: returned in every response. */
  ALWAYS("always"),
  /** {@code never}: never returned. */
  NEVER("never"),
  /** {@code default}: returned unless the request restricts the attributes. The default. */
  DEFAULT("default"),
  /** {@code request}: returned only when the request names it. */
  REQUEST("request");

  private final String keyword;

  Returned(String keyword) {
    this.keyword = keyword;
  }

  /** {@return the keyword as written in a schema, for example {@code "always"}} */
  public String keyword() {
    return keyword;
  }

  /**
   * Looks up a value by its schema keyword, exactly as RFC 7643 spells it.
   *
   * @param keyword the keyword, for example {@code "always"}; case matters
   * @return the value, or empty if {@code keyword} is none of RFC 7643's
   */
  public static Optional<Returned> fromKeyword(String keyword) {
    return Keywords.find(values(), Returned::keyword, keyword);
  }

  @Override
  public String toString() {
    return keyword;
  }
}
