package dev.scimpatch.internal;

import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

/** Lookup of enum constants by the keyword the RFCs spell them with. */
public final class Keywords {
  private Keywords() {}

  /** The constant whose keyword equals {@code keyword} exactly, if any. */
  public static <E extends Enum<E>> Optional<E> find(E[] values, Function<E, String> keywordOf, String keyword) {
    return find(values, keywordOf, keyword, String::equals);
  }

  /**
   * The constant whose keyword equals {@code keyword} ignoring the case of ASCII letters only, if
   * any.
   *
   * @since 0.1
   */
  public static <E extends Enum<E>> Optional<E> findIgnoreCase(
      E[] values, Function<E, String> keywordOf, String keyword) {
    return find(values, keywordOf, keyword, Ascii::equalsIgnoreCase);
  }

  private static <E extends Enum<E>> Optional<E> find(
      E[] values, Function<E, String> keywordOf, String keyword, BiPredicate<String, String> same) {
    for (E value : values) {
      if (same.test(keywordOf.apply(value), keyword)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
