package dev.scimpatch.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * JSON string quoting, the input snippets and characters that error messages show, and value case
 * folding.
 */
public final class Text {
  private Text() {}

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** Returns {@code s} as a JSON string literal, with its quotes. */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    appendQuoted(sb, s);
    return sb.toString();
  }

  /**
   * Appends {@code s} as a JSON string literal. Quotes, backslashes, control characters and
   * unpaired surrogates are escaped; every other character is written as it is.
   */
  public static void appendQuoted(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            appendUnicodeEscape(sb, c);
          } else if (Character.isHighSurrogate(c)) {
            if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
              sb.append(c).append(s.charAt(++i));
            } else {
              appendUnicodeEscape(sb, c);
            }
          } else if (Character.isLowSurrogate(c)) {
            appendUnicodeEscape(sb, c);
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  private static void appendUnicodeEscape(StringBuilder sb, char c) {
    sb.append("\\u")
        .append(HEX[(c >> 12) & 0xf])
        .append(HEX[(c >> 8) & 0xf])
        .append(HEX[(c >> 4) & 0xf])
        .append(HEX[c & 0xf]);
  }

  /**
   * Returns at most {@code max} characters of {@code input} around {@code index}, for an error
   * message: "..." marks a cut, control characters and unpaired surrogates are escaped, so the
   * result is one printable line.
   */
  public static String snippet(String input, int index, int max) {
    int n = input.length();
    int from = 0;
    int to = n;
    if (n > max) {
      from = Math.max(0, Math.min(index - max / 2, n - max));
      if (from > 0 && Character.isLowSurrogate(input.charAt(from))) {
        from++;
      }
      to = Math.min(n, from + max);
      if (to < n && Character.isHighSurrogate(input.charAt(to - 1))) {
        to--;
      }
    }
    StringBuilder sb = new StringBuilder(to - from + 8);
    if (from > 0) {
      sb.append("...");
    }
    for (int i = from; i < to; i++) {
      char c = input.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        appendUnicodeEscape(sb, c);
      } else if (Character.isSurrogate(c)) {
        boolean paired =
            Character.isHighSurrogate(c)
                ? i + 1 < to && Character.isLowSurrogate(input.charAt(i + 1))
                : i > from && Character.isHighSurrogate(input.charAt(i - 1));
        if (paired) {
          sb.append(c);
        } else {
          appendUnicodeEscape(sb, c);
        }
      } else {
        sb.append(c);
      }
    }
    if (to < n) {
      sb.append("...");
    }
    return sb.toString();
  }

  /**
   * Describes a character for an error message: {@code 'x'}, or {@code U+0009} for a control,
   * space or surrogate character, which would not show.
   *
   * @since 0.1
   */
  public static String describe(char c) {
    if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || Character.isSpaceChar(c)) {
      return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
    return "'" + c + "'";
  }

  /** Whether {@code s.substring(from, to)} is a number in JSON syntax. */
  public static boolean isJsonNumber(String s, int from, int to) {
    int i = from;
    if (i < to && s.charAt(i) == '-') {
      i++;
    }
    if (i >= to) {
      return false;
    }
    if (s.charAt(i) == '0') {
      i++;
    } else if (s.charAt(i) >= '1' && s.charAt(i) <= '9') {
      while (i < to && Ascii.isDigit(s.charAt(i))) {
        i++;
      }
    } else {
      return false;
    }
    if (i < to && s.charAt(i) == '.') {
      i = digits(s, i + 1, to);
      if (i < 0) {
        return false;
      }
    }
    if (i < to && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      i = digits(s, i, to);
      if (i < 0) {
        return false;
      }
    }
    return i == to;
  }

  /** The index after one or more digits from {@code from}, or -1 if there is none. */
  private static int digits(String s, int from, int to) {
    int i = from;
    while (i < to && Ascii.isDigit(s.charAt(i))) {
      i++;
    }
    return i == from ? -1 : i;
  }

  /**
   * Folds the case of a string value for case-insensitive comparison: Unicode NFC, then
   * {@code toLowerCase(Locale.ROOT)}; ASCII-only strings take ASCII folding. Never depends on the
   * default locale.
   */
  public static String foldCase(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (s.charAt(i) >= 0x80) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
      }
    }
    return Ascii.toLowerCase(s);
  }

  /**
   * Compares two strings as {@link #foldCase} folds them, without folding copies when both are
   * ASCII (most values are): the order of {@code foldCase(a).compareTo(foldCase(b))}, as a sign.
   */
  public static int compareFolded(String a, String b) {
    if (!isAscii(a) || !isAscii(b)) {
      return Integer.signum(foldCase(a).compareTo(foldCase(b)));
    }
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      int d = Ascii.toLower(a.charAt(i)) - Ascii.toLower(b.charAt(i));
      if (d != 0) {
        return Integer.signum(d);
      }
    }
    return Integer.signum(a.length() - b.length());
  }

  /** Whether {@code foldCase(text)} starts with {@code foldCase(part)}; no copies when both are ASCII. */
  public static boolean startsWithFolded(String text, String part) {
    if (!isAscii(text) || !isAscii(part)) {
      return foldCase(text).startsWith(foldCase(part));
    }
    return text.regionMatches(true, 0, part, 0, part.length());
  }

  /** Whether {@code foldCase(text)} ends with {@code foldCase(part)}; no copies when both are ASCII. */
  public static boolean endsWithFolded(String text, String part) {
    if (!isAscii(text) || !isAscii(part)) {
      return foldCase(text).endsWith(foldCase(part));
    }
    return text.regionMatches(true, text.length() - part.length(), part, 0, part.length());
  }

  private static boolean isAscii(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code text} contains {@code part}, in time linear in their lengths whatever they hold
   * (Knuth–Morris–Pratt for longer parts; {@link String#contains} compares up to
   * {@code text.length() * part.length()} characters).
   */
  public static boolean contains(String text, String part) {
    int p = part.length();
    if (p <= 16) {
      return text.contains(part);
    }
    int[] fail = new int[p];
    for (int i = 1, k = 0; i < p; i++) {
      while (k > 0 && part.charAt(i) != part.charAt(k)) {
        k = fail[k - 1];
      }
      if (part.charAt(i) == part.charAt(k)) {
        k++;
      }
      fail[i] = k;
    }
    for (int i = 0, k = 0, n = text.length(); i < n; i++) {
      while (k > 0 && text.charAt(i) != part.charAt(k)) {
        k = fail[k - 1];
      }
      if (text.charAt(i) == part.charAt(k)) {
        k++;
        if (k == p) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code s} holds a surrogate that is not half of a pair: no UTF-8 writer can write it. */
  public static boolean hasUnpairedSurrogate(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
