package dev.scimpatch.internal;

import java.util.Objects;

/**
 * A cursor over one input string for the hand-written parsers (paths and filters, and the small
 * JSON reader), after jsoup's {@code TokenQueue}: peek at the next character, match and consume
 * characters and keywords, skip spaces, and lex the two JSON tokens the grammars share, strings
 * (RFC 8259 §7) and numbers (§6).
 *
 * <p>The cursor knows no project type. It reports a lexical error by throwing what the
 * {@link Failure} given to it makes of the reason and the index, so that each parser fails in its
 * own terms. Indices are zero-based positions in the input. Not thread-safe; one instance per
 * parse.
 *
 * @since 0.1
 */
public final class Cursor {

  /**
   * Makes the exception that the cursor throws for a lexical error.
   *
   * @since 0.1
   */
  @FunctionalInterface
  public interface Failure {
    /**
     * Returns (does not throw) the exception for a lexical error.
     *
     * @param reason what is wrong, for example {@code "malformed number"}
     * @param index where in the input, from 0 to its length
     */
    RuntimeException at(String reason, int index);
  }

  /**
   * A set of characters, for {@link Cursor#consumeWhile(CharClass)}.
   *
   * @since 0.1
   */
  @FunctionalInterface
  public interface CharClass {
    /** Whether {@code c} belongs to this set. */
    boolean contains(char c);
  }

  private final String input;
  private final int length;
  private final Failure failure;
  private int pos;

  /** Creates a cursor at the start of {@code input} that reports lexical errors through {@code failure}. */
  public Cursor(String input, Failure failure) {
    this.input = Objects.requireNonNull(input, "input");
    this.length = input.length();
    this.failure = Objects.requireNonNull(failure, "failure");
  }

  /** Returns the index of the next character, which is the number of characters consumed. */
  public int position() {
    return pos;
  }

  /**
   * Moves to {@code position}, usually one saved with {@link #position()} to backtrack.
   *
   * @throws IndexOutOfBoundsException if it is not between 0 and the input's length
   */
  public void position(int position) {
    pos = Objects.checkIndex(position, length + 1);
  }

  /** Whether every character has been consumed. */
  public boolean isEmpty() {
    return pos >= length;
  }

  /** Returns the next character without consuming it, or {@code 0} at the end of the input. */
  public char peek() {
    return pos < length ? input.charAt(pos) : 0;
  }

  /** Whether the next character is {@code c}. */
  public boolean matches(char c) {
    return pos < length && input.charAt(pos) == c;
  }

  /** Consumes the next character if it is {@code c}, and says whether it did. */
  public boolean matchChomp(char c) {
    if (matches(c)) {
      pos++;
      return true;
    }
    return false;
  }

  /**
   * Consumes {@code word} if the input goes on with it, ignoring the case of ASCII letters only,
   * and says whether it did.
   */
  public boolean matchChompIgnoreCase(String word) {
    int n = word.length();
    if (length - pos >= n && Ascii.regionMatches(input, pos, word, 0, n)) {
      pos += n;
      return true;
    }
    return false;
  }

  /**
   * Consumes one character.
   *
   * @throws IndexOutOfBoundsException at the end of the input
   */
  public void advance() {
    pos = Objects.checkIndex(pos, length) + 1;
  }

  /** Consumes the characters of {@code chars} that come next and returns them (empty if none). */
  public String consumeWhile(CharClass chars) {
    int start = pos;
    skipWhile(chars);
    return input.substring(start, pos);
  }

  /** Consumes the spaces (U+0020) that come next and returns how many there were. */
  public int skipSpaces() {
    return skipWhile(c -> c == ' ');
  }

  /** Consumes the JSON whitespace (space, tab, line feed, carriage return) that comes next. */
  public void skipWhitespace() {
    skipWhile(c -> c == ' ' || c == '\t' || c == '\n' || c == '\r');
  }

  /** Consumes the characters of {@code chars} that come next and returns how many there were. */
  public int skipWhile(CharClass chars) {
    int start = pos;
    while (pos < length && chars.contains(input.charAt(pos))) {
      pos++;
    }
    return pos - start;
  }

  /** Returns the characters not yet consumed, without consuming them. */
  public String remainder() {
    return input.substring(pos);
  }

  /**
   * Consumes a JSON string (RFC 8259 §7) at its opening quote and returns its value.
   *
   * <p>The escapes are {@code \" \\ \/ \b \f \n \r \t}, and a backslash and {@code u} followed
   * by exactly four ASCII hex digits, either case, which stand for one UTF-16 code unit (a
   * surrogate half included). A control character (below U+0020) must be escaped; every other character stands
   * for itself. Errors: {@code expected '"'} where there is no opening quote, a control
   * character at its index, a bad escape at its backslash, and an unterminated string at the end
   * of the input.
   */
  public String jsonString() {
    if (!matches('"')) {
      throw failure.at("expected '\"'", pos);
    }
    int open = pos++;
    StringBuilder sb = null;
    int run = pos;
    while (pos < length) {
      char c = input.charAt(pos);
      if (c == '"') {
        String s = sb == null ? input.substring(run, pos) : sb.append(input, run, pos).toString();
        pos++;
        return s;
      }
      if (c < 0x20) {
        throw failure.at("control character " + Text.describe(c) + " must be escaped in a string", pos);
      }
      if (c == '\\') {
        if (sb == null) {
          sb = new StringBuilder();
        }
        sb.append(input, run, pos).append(escape());
        run = pos;
      } else {
        pos++;
      }
    }
    throw failure.at("unterminated string starting at index " + open + "; expected '\"'", length);
  }

  /** One escape sequence, at its backslash: the character it stands for. */
  private char escape() {
    int at = pos;
    if (pos + 1 >= length) {
      throw failure.at("incomplete escape sequence", at);
    }
    char e = input.charAt(pos + 1);
    pos += 2;
    return switch (e) {
      case '"', '\\', '/' -> e;
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> hexCodeUnit(at);
      default -> throw failure.at("invalid escape sequence '\\" + e + "'", at);
    };
  }

  /** The code unit of the four hex digits after the backslash at {@code at} and its {@code u}. */
  private char hexCodeUnit(int at) {
    if (pos + 4 > length) {
      throw failure.at("incomplete \\u escape", at);
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
      char h = input.charAt(pos + i);
      int d = h < 0x80 ? Character.digit(h, 16) : -1;
      if (d < 0) {
        throw failure.at("\\u must be followed by four hex digits", at);
      }
      v = v * 16 + d;
    }
    pos += 4;
    return (char) v;
  }

  /**
   * Consumes the characters that can make up a JSON number (digits, {@code - + . e E}) and
   * returns them if they are one (RFC 8259 §6): an optional minus, an integer part without
   * leading zeros, an optional fraction, an optional exponent. Errors, at the first of those
   * characters: {@code number is longer than N characters} beyond {@code maxLength}, and
   * {@code malformed number} for what is not a number, an empty run included.
   */
  public String jsonNumber(int maxLength) {
    int start = pos;
    skipWhile(c -> Ascii.isDigit(c) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E');
    if (pos - start > maxLength) {
      throw failure.at("number is longer than " + maxLength + " characters", start);
    }
    if (!Text.isJsonNumber(input, start, pos)) {
      throw failure.at("malformed number", start);
    }
    return input.substring(start, pos);
  }
}
