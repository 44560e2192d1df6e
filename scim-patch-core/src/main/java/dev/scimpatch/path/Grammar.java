package dev.scimpatch.path;

import java.util.Locale;

/** How the parser names characters in its error messages. */
final class Grammar {
  private Grammar() {}

  /** Describes a character for an error message: {@code 'x'}, or {@code U+0009} if unprintable. */
  static String describe(char c) {
    if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || Character.isSpaceChar(c)) {
      return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
    return "'" + c + "'";
  }
}
