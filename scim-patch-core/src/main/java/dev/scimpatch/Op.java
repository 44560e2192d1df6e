package dev.scimpatch;

import dev.scimpatch.internal.Keywords;
import java.util.Locale;
import java.util.Optional;

/**
 * The three PATCH operations of RFC 7644 §3.5.2.
 *
 * @since 0.1
 */
public enum Op {
  /** {@code add} (RFC 7644 §3.5.2.1). */
  ADD,
  /** {@code remove} (RFC 7644 §3.5.2.2). */
  REMOVE,
  /** {@code replace} (RFC 7644 §3.5.2.3). */
  REPLACE;

  private final String keyword = name().toLowerCase(Locale.ROOT);

  /**
   * Returns the keyword as RFC 7644 spells it: {@code add}, {@code remove} or {@code replace}.
   *
   * @return the keyword
   */
  public String keyword() {
    return keyword;
  }

  /**
   * Looks up an operation by its keyword, exactly as RFC 7644 spells it.
   *
   * @param keyword the keyword, for example {@code "add"}
   * @return the operation, or empty if {@code keyword} is none of the three
   */
  public static Optional<Op> fromKeyword(String keyword) {
    return Keywords.find(values(), Op::keyword, keyword);
  }

  /** Returns {@link #keyword()}. */
  @Override
  public String toString() {
    return keyword;
  }
}
