package dev.scimpatch.testkit;

import dev.scimpatch.path.ComparisonOperator;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNull;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimString;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Random JSON scalar values for filter literals and resources: strings (plain, SCIM-like, and
 * hostile: quotes, backslashes, control characters, non-ASCII letters, emoji, unpaired
 * surrogates), numbers built from JSON number text, xsd:dateTime strings, booleans and null.
 */
public final class ScimValues {

  private ScimValues() {}

  /** Non-ASCII text that case folding, normalisation or a default locale may treat specially. */
  private static final List<String> NON_ASCII = List.of(
      "é", "É", "ß", "ẞ", "İ", "ı", "Σ", "ς", "σ", "\u212a", "ǅ", "ǆ", "\u0301", "ﬃ", "中文",
      "\u00a0", "\u2028", "\ufeff", "\uffff", "\ufffd", "Ⅻ", "ｆｕｌｌ", "١٢٣", "עברית", "ŉ");

  private static final List<String> TURKISH = List.of("I", "i", "İ", "ı", "ID", "ıd", "İd");

  /** Text that looks like JSON escapes once quoted. */
  private static final List<String> ESCAPE_LIKE = List.of("\\u0041", "\\\"", "\\\\", "\\n", "u00e9", "\\");

  /** Characters the filter grammar treats specially, harmless inside a string literal. */
  private static final String GRAMMAR = "[]()\".:$\\/ ";

  /**
   * {@return a string value: mostly one of the shared SCIM-like values (sometimes re-spelled in
   * ASCII case), sometimes an xsd:dateTime, sometimes a {@link #hostileString hostile} one}
   *
   * @param rng the source of randomness
   */
  public static String string(RandomGenerator rng) {
    int r = rng.nextInt(100);
    if (r < 45) {
      return ScimNames.respell(rng, ScimNames.pick(rng, ScimNames.STRINGS));
    } else if (r < 55) {
      return ScimNames.pick(rng, ScimNames.TYPES);
    } else if (r < 70) {
      return dateTime(rng);
    } else if (r < 75) {
      // A piece of a shared value, so that co, sw and ew sometimes match.
      String s = ScimNames.pick(rng, ScimNames.STRINGS);
      int from = s.isEmpty() ? 0 : rng.nextInt(s.length());
      int to = from + (s.length() == from ? 0 : rng.nextInt(s.length() - from + 1));
      return s.substring(from, to);
    }
    return hostileString(rng);
  }

  /**
   * {@return a string made of segments that stress JSON quoting: quotes, backslashes, grammar
   * characters, control characters, non-ASCII letters, emoji (surrogate pairs) and, now and then,
   * an unpaired surrogate}
   *
   * @param rng the source of randomness
   */
  public static String hostileString(RandomGenerator rng) {
    int segments = rng.nextInt(rng.nextInt(8) == 0 ? 20 : 6);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < segments; i++) {
      int r = rng.nextInt(100);
      if (r < 25) {
        int n = 1 + rng.nextInt(6);
        for (int j = 0; j < n; j++) {
          sb.append(rng.nextInt(5) == 0 ? (char) ('0' + rng.nextInt(10)) : ScimNames.alpha(rng));
        }
      } else if (r < 40) {
        sb.append(GRAMMAR.charAt(rng.nextInt(GRAMMAR.length())));
      } else if (r < 50) {
        sb.append(controlChar(rng));
      } else if (r < 65) {
        sb.append(ScimNames.pick(rng, NON_ASCII));
      } else if (r < 77) {
        sb.appendCodePoint(rng.nextInt(3) == 0
            ? 0x10000 + rng.nextInt(0x100000)
            : 0x1F300 + rng.nextInt(0x1FAFF - 0x1F300));
      } else if (r < 81) {
        sb.append(loneSurrogate(rng));
      } else if (r < 90) {
        sb.append(bmpChar(rng));
      } else if (r < 95) {
        sb.append(ScimNames.pick(rng, TURKISH));
      } else {
        sb.append(ScimNames.pick(rng, ESCAPE_LIKE));
      }
    }
    return sb.toString();
  }

  /**
   * {@return a C0 control character or DEL}
   *
   * @param rng the source of randomness
   */
  public static char controlChar(RandomGenerator rng) {
    int i = rng.nextInt(33);
    return i == 32 ? '\u007f' : (char) i;
  }

  /**
   * {@return a single surrogate code unit, high or low}
   *
   * @param rng the source of randomness
   */
  public static char loneSurrogate(RandomGenerator rng) {
    return (char) (Character.MIN_SURROGATE + rng.nextInt(Character.MAX_SURROGATE - Character.MIN_SURROGATE + 1));
  }

  /**
   * {@return a random BMP character that is not a surrogate}
   *
   * @param rng the source of randomness
   */
  public static char bmpChar(RandomGenerator rng) {
    char c;
    do {
      c = (char) (0x20 + rng.nextInt(0xFFFF - 0x20 + 1));
    } while (Character.isSurrogate(c));
    return c;
  }

  /**
   * {@return an xsd:dateTime string such as {@code 2024-05-01T10:00:00+02:00}: with or without
   * fraction and offset, mostly valid, now and then out of range (month 13, February 30) while
   * keeping the shape}
   *
   * @param rng the source of randomness
   */
  public static String dateTime(RandomGenerator rng) {
    int year = rng.nextInt(10) == 0 ? 1900 + rng.nextInt(200) : 2020 + rng.nextInt(8);
    int month = rng.nextInt(40) == 0 ? 13 : 1 + rng.nextInt(12);
    int day = rng.nextInt(40) == 0 ? 30 + rng.nextInt(2) : 1 + rng.nextInt(28);
    StringBuilder sb = new StringBuilder(35);
    pad(sb, year, 4).append('-');
    pad(sb, month, 2).append('-');
    pad(sb, day, 2).append('T');
    pad(sb, rng.nextInt(24), 2).append(':');
    pad(sb, rng.nextInt(4) * 15, 2).append(':');
    pad(sb, rng.nextInt(3) * 20, 2);
    if (rng.nextInt(4) == 0) {
      sb.append('.');
      appendDigits(rng, sb, 1 + rng.nextInt(9));
    }
    int zone = rng.nextInt(3);
    if (zone == 0) {
      sb.append('Z');
    } else if (zone == 1) {
      sb.append(rng.nextBoolean() ? '+' : '-');
      pad(sb, rng.nextInt(15), 2).append(':');
      pad(sb, rng.nextInt(2) * 30, 2);
    }
    return sb.toString();
  }

  /**
   * {@return the text of a JSON number (RFC 8259 §6): negative or not, integer, decimal or with an
   * exponent, now and then with an exponent near the limits of {@link java.math.BigDecimal}}
   *
   * @param rng the source of randomness
   */
  public static String numberText(RandomGenerator rng) {
    int r = rng.nextInt(100);
    if (r < 30) {
      return Integer.toString(rng.nextInt(5) == 0 ? -rng.nextInt(100) : rng.nextInt(100));
    }
    // Which exponent, if any: none, small, a few digits, or near the end of BigDecimal's range.
    int exponent = rng.nextInt(3) == 0 ? rng.nextInt(50) : -1;
    boolean extreme = exponent >= 0 && exponent < 5;
    StringBuilder sb = new StringBuilder();
    if (rng.nextInt(3) == 0) {
      sb.append('-');
    }
    boolean zero = rng.nextInt(4) == 0;
    if (zero) {
      sb.append('0');
    } else {
      sb.append((char) ('1' + rng.nextInt(9)));
      appendDigits(rng, sb, rng.nextInt(rng.nextInt(10) == 0 ? 40 : 6));
    }
    boolean fraction = rng.nextInt(2) == 0;
    if (fraction) {
      sb.append('.');
      appendDigits(rng, sb, 1 + rng.nextInt(rng.nextInt(10) == 0 ? 30 : 4));
    }
    if ((fraction || !zero) && rng.nextInt(extreme ? 2 : 5) == 0) {
      // Trailing zeros, as in 100 or 2.50: the same value at another scale.
      sb.append("0".repeat(1 + rng.nextInt(extreme ? 6 : 3)));
    }
    if (exponent >= 0) {
      sb.append(rng.nextBoolean() ? 'e' : 'E');
      int sign = rng.nextInt(3);
      if (sign == 1) {
        sb.append('+');
      } else if (sign == 2) {
        sb.append('-');
      }
      if (extreme) {
        sb.append(Integer.MAX_VALUE - rng.nextInt(rng.nextInt(4) == 0 ? 64 : 4));
      } else if (exponent < 7) {
        sb.append(rng.nextInt(100_000));
      } else if (exponent < 11) {
        sb.append("0").append(rng.nextInt(10));
      } else {
        sb.append(rng.nextInt(30));
      }
    }
    return sb.toString();
  }


  private static StringBuilder pad(StringBuilder sb, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      sb.append('0');
    }
    return sb.append(digits);
  }

  private static void appendDigits(RandomGenerator rng, StringBuilder sb, int n) {
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + rng.nextInt(10)));
    }
  }

  /**
   * {@return a number node parsed from {@link #numberText(RandomGenerator)}: a number outside
   * {@link ScimNumber#parse(String)}'s range (scale beyond {@link ScimNumber#MAX_SCALE}, such as
   * {@code 0.5e-2147483647}) is drawn again}
   *
   * @param rng the source of randomness
   */
  public static ScimNumber number(RandomGenerator rng) {
    while (true) {
      try {
        return ScimNumber.parse(numberText(rng));
      } catch (NumberFormatException outOfRange) {
        // Out of ScimNumber's range: draw another.
      }
    }
  }

  /**
   * {@return a literal that suits {@code op}: any scalar or null for {@code eq} and {@code ne}, a
   * string or number for the ordering operators, a string for {@code co}, {@code sw} and
   * {@code ew}}
   *
   * @param rng the source of randomness
   * @param op the comparison operator
   */
  public static ScimNode literal(RandomGenerator rng, ComparisonOperator op) {
    if (op.isSubstring()) {
      return ScimString.of(string(rng));
    }
    int r = rng.nextInt(100);
    if (op.isOrdering()) {
      return r < 55 ? ScimString.of(string(rng)) : number(rng);
    }
    if (r < 50) {
      return ScimString.of(string(rng));
    } else if (r < 75) {
      return number(rng);
    } else if (r < 90) {
      return ScimBoolean.of(rng.nextBoolean());
    }
    return ScimNull.INSTANCE;
  }

  /**
   * {@return a random scalar or null node: string, number, boolean or null}
   *
   * @param rng the source of randomness
   */
  public static ScimNode scalar(RandomGenerator rng) {
    return literal(rng, ComparisonOperator.EQ);
  }
}
