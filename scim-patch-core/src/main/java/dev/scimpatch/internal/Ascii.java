package dev.scimpatch.internal;

/**
 * ASCII-only case handling. Attribute names, schema URNs and keywords are ASCII by grammar, so
 * they are folded here and never with {@link String#toLowerCase()}, whose result depends on the
 * default locale (Turkish dotless i) and which maps non-ASCII letters such as KELVIN SIGN onto
 * ASCII ones.
 */
public final class Ascii {
  private Ascii() {}

  /** Whether {@code c} is an ASCII letter. */
  public static boolean isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Whether {@code c} is an ASCII digit. */
  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Lower-cases ASCII letters only; every other character is kept. */
  public static char toLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** Lower-cases the ASCII letters of {@code s}; every other character is kept. */
  public static String toLowerCase(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        char[] chars = s.toCharArray();
        for (int j = i; j < n; j++) {
          chars[j] = toLower(chars[j]);
        }
        return new String(chars);
      }
    }
    return s;
  }

  /** Compares two strings ignoring the case of ASCII letters only. */
  public static boolean equalsIgnoreCase(String a, String b) {
    int n = a.length();
    if (n != b.length()) {
      return false;
    }
    return regionMatches(a, 0, b, 0, n);
  }

  /**
   * Whether {@code len} characters of {@code a} from {@code aFrom} equal those of {@code b} from
   * {@code bFrom}, ignoring the case of ASCII letters only. Both regions must be in bounds.
   */
  public static boolean regionMatches(String a, int aFrom, String b, int bFrom, int len) {
    for (int i = 0; i < len; i++) {
      char x = a.charAt(aFrom + i);
      char y = b.charAt(bFrom + i);
      if (x != y && toLower(x) != toLower(y)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} starts with {@code prefix}, ignoring the case of ASCII letters only. */
  public static boolean startsWithIgnoreCase(String s, String prefix) {
    return s.length() >= prefix.length() && regionMatches(s, 0, prefix, 0, prefix.length());
  }

  /** A hash code consistent with {@link #equalsIgnoreCase(String, String)}. */
  public static int hashIgnoreCase(String s) {
    int h = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      h = 31 * h + toLower(s.charAt(i));
    }
    return h;
  }
}
