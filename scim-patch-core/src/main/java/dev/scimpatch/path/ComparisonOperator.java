package dev.scimpatch.path;

import dev.scimpatch.internal.Keywords;
import java.util.Optional;

/**
 * The comparison operators of RFC 7644 §3.4.2.2, Table 3 ({@code pr} is
 * {@link Filter.Present}).
 *
 * @since 0.1
 */
public enum ComparisonOperator {
  /** {@code eq}: equal. */
  EQ("eq"),
  /** {@code ne}: not equal. */
  NE("ne"),
  /** {@code co}: the value contains the string. */
  CO("co"),
  /** {@code sw}: the value starts with the string. */
  SW("sw"),
  /** {@code ew}: the value ends with the string. */
  EW("ew"),
  /** {@code gt}: greater than. */
  GT("gt"),
  /** {@code ge}: greater than or equal to. */
  GE("ge"),
  /** {@code lt}: less than. */
  LT("lt"),
  /** {@code le}: less than or equal to. */
  LE("le");

  private final String keyword;

  ComparisonOperator(String keyword) {
    this.keyword = keyword;
  }

  /** {@return the keyword in canonical (lower) case, for example {@code "eq"}} */
  public String keyword() {
    return keyword;
  }

  /** {@return whether this is {@code gt}, {@code ge}, {@code lt} or {@code le}} */
  public boolean isOrdering() {
    return this == GT || this == GE || this == LT || this == LE;
  }

  /** {@return whether this is {@code co}, {@code sw} or {@code ew}, which compare strings only} */
  public boolean isSubstring() {
    return this == CO || this == SW || this == EW;
  }

  /**
   * Looks up an operator by keyword, ignoring ASCII case (R-FLT-3); {@code pr} is not one.
   *
   * @param keyword the keyword as written, for example {@code "EQ"}
   * @return the operator, or empty if {@code keyword} names none
   */
  public static Optional<ComparisonOperator> fromKeyword(String keyword) {
    return Keywords.findIgnoreCase(values(), ComparisonOperator::keyword, keyword);
  }

  @Override
  public String toString() {
    return keyword;
  }
}
