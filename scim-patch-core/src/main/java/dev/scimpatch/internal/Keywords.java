package dev.scimpatch.internal;

import java.util.Optional;
import java.util.function.Function;

/** Lookup of enum constants by the keyword the RFCs spell them with. */
public final class Keywords {
  private Keywords() {}

  /** The constant whose keyword equals {@code keyword} exactly, if any. */
  public static <E extends Enum<E>> Optional<E> find(E[] values, Function<E, String> keywordOf, String keyword) {
    for (E value : values) {
      if (keywordOf.apply(value).equals(keyword)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
