package dev.scimpatch.internal;

/** Name rules of RFC 7644 §3.4.2.2 / RFC 7643 §2.1, shared by the path grammar and the schema model. */
public final class Names {
  private Names() {}

  /** The one sub-attribute name outside ATTRNAME (RFC 7643 §2.4, R-PATH-4). */
  public static final String REF = "$ref";

  /** {@code nameChar = ALPHA / DIGIT / "-" / "_"}. */
  public static boolean isNameChar(char c) {
    return Ascii.isAlpha(c) || Ascii.isDigit(c) || c == '-' || c == '_';
  }

  /** Whether {@code s} is an ATTRNAME: {@code ALPHA *(nameChar)}. */
  public static boolean isAttrName(String s) {
    if (s.isEmpty() || !Ascii.isAlpha(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (!isNameChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} is {@code $ref}, ignoring ASCII case. */
  public static boolean isRef(String s) {
    return Ascii.equalsIgnoreCase(s, REF);
  }

  /** Characters allowed in a schema URN after its {@code urn:} prefix (RFC 8141, less brackets). */
  public static boolean isUrnChar(char c) {
    if (Ascii.isAlpha(c) || Ascii.isDigit(c)) {
      return true;
    }
    return switch (c) {
      case '-', '.', '_', '~', ':', '!', '$', '&', '\'', '*', '+', ',', ';', '=', '@', '/', '%',
          '?', '#' -> true;
      default -> false;
    };
  }

  /**
   * Returns the index in {@code s} of the first problem with {@code s[from, to)} as a schema URN,
   * or -1 if it is one: {@code "urn:" NID ":" NSS} with non-empty NID and NSS and only URN
   * characters.
   */
  public static int urnProblem(String s, int from, int to) {
    if (to - from < 4 || !Ascii.regionMatches(s, from, "urn:", 0, 4)) {
      return from;
    }
    int nidEnd = -1;
    for (int i = from + 4; i < to; i++) {
      char c = s.charAt(i);
      if (!isUrnChar(c)) {
        return i;
      }
      if (c == ':' && nidEnd < 0) {
        nidEnd = i;
      }
    }
    if (nidEnd < 0 || nidEnd == from + 4) {
      return nidEnd < 0 ? to : nidEnd;
    }
    return nidEnd + 1 == to ? to : -1;
  }

  /** Whether {@code s} is a schema URN. */
  public static boolean isUrn(String s) {
    return urnProblem(s, 0, s.length()) < 0;
  }
}
