package dev.scimpatch.codec;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Finds the first syntax error of a JSON text (RFC 8259) and says what and where it is, in the
 * same words whatever JSON library read the text: a codec whose library refuses a document asks
 * this for the message, so that every codec, and every release of a library, answers a malformed
 * request with the same SCIM error. One pass over the text, constant work per character, memory
 * one bit per open container; no recursion.
 *
 * <p>It reads code units: the bytes of UTF-8 text or the characters of a string. Only ASCII is
 * JSON's syntax; any other unit is string content, or an error outside a string. UTF-8 itself
 * is {@link Utf8Check}'s; text in UTF-16 or UTF-32 is not read here (see {@link #isUtf8}).
 * Positions count lines from 1 at each line feed and columns from 1 in code units.
 *
 * @since 0.1
 */
public final class JsonSyntax {

  private enum State {
    VALUE, FIRST_VALUE_OR_END, NAME, FIRST_NAME_OR_END, COLON, AFTER_VALUE, STRING, ESCAPE, HEX,
    MINUS, ZERO, INT, DOT, FRACTION, EXP, EXP_SIGN, EXPONENT, LITERAL, DONE, FAILED
  }

  private State state = State.VALUE;
  /** One bit per open container, set for an object; {@code depth} of them in use. */
  private long[] objects = new long[1];
  private int depth;
  private boolean stringIsName;
  private int hexDigits;
  private String literal = "";
  private int literalAt;
  private long line = 1;
  private long column;
  private long units;
  private boolean sawValue;
  private @Nullable String error;
  private final boolean bytes;
  private boolean bom;

  private JsonSyntax(boolean bytes) {
    this.bytes = bytes;
  }

  /**
   * The first syntax error of a UTF-8 document.
   *
   * @param json the document's bytes
   * @return {@code "at line 1, column 9: expected ':'"}, or empty when the text has no syntax
   *     error (a library that refused it refused it for another reason)
   */
  public static String firstError(byte[] json) {
    if (!isUtf8(json, json.length)) {
      return "";
    }
    JsonSyntax s = new JsonSyntax(true);
    for (int i = 0; i < json.length && s.error == null; i++) {
      s.feed(json[i] & 0xFF);
    }
    return s.end();
  }

  /**
   * The first syntax error of a document given as characters.
   *
   * @param json the document
   * @return as {@link #firstError(byte[])}
   */
  public static String firstError(String json) {
    JsonSyntax s = new JsonSyntax(false);
    for (int i = 0; i < json.length() && s.error == null; i++) {
      s.feed(json.charAt(i));
    }
    return s.end();
  }

  /**
   * Whether bytes are UTF-8 as RFC 8259 §8.1 tells the encodings apart: no zero byte in the first
   * four, and no UTF-16 byte order mark.
   *
   * @param head the first bytes, as many as there are up to four
   * @param length how many of them there are
   * @return whether the text is UTF-8
   */
  public static boolean isUtf8(byte[] head, int length) {
    for (int i = 0; i < Math.min(length, 4); i++) {
      if (head[i] == 0) {
        return false;
      }
    }
    if (length >= 2) {
      int first = head[0] & 0xFF;
      int second = head[1] & 0xFF;
      return !((first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE));
    }
    return true;
  }

  /**
   * A stream that watches the UTF-8 text passing through it; after a library failed on it,
   * {@link Watched#firstError()} says where the text's first syntax error is.
   *
   * @param in the input
   * @return the input, watched
   */
  public static Watched watch(InputStream in) {
    return new Watched(Objects.requireNonNull(in, "in"));
  }

  /**
   * A reader that watches the text passing through it, as {@link #watch(InputStream)} does.
   *
   * @param in the input
   * @return the input, watched
   */
  public static WatchedReader watch(Reader in) {
    return new WatchedReader(Objects.requireNonNull(in, "in"));
  }

  /**
   * A watched stream.
   *
   * @since 0.1
   */
  public static final class Watched extends InputStream {
    private final InputStream in;
    private final JsonSyntax syntax = new JsonSyntax(true);
    private final byte[] head = new byte[4];
    private int headLength;
    private boolean other;

    private Watched(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int c = in.read();
      if (c >= 0) {
        see((byte) c);
      } else {
        syntax.end();
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      for (int i = 0; i < n && !other && syntax.error == null; i++) {
        see(b[off + i]);
      }
      if (n < 0) {
        syntax.end();
      }
      return n;
    }

    private void see(byte b) {
      if (headLength < head.length) {
        head[headLength++] = b;
        if (headLength == head.length) {
          other = !isUtf8(head, headLength);
        }
      }
      if (!other && syntax.error == null) {
        syntax.feed(b & 0xFF);
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }

    /**
     * {@return the first syntax error of what passed through, as {@link #firstError(byte[])};
     * empty if none, or if the text is not UTF-8}
     */
    public String firstError() {
      return other || (headLength < head.length && !isUtf8(head, headLength)) ? "" : syntax.snapshot();
    }
  }

  /**
   * A watched reader.
   *
   * @since 0.1
   */
  public static final class WatchedReader extends FilterReader {
    private final JsonSyntax syntax = new JsonSyntax(false);

    private WatchedReader(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c < 0) {
        syntax.end();
      } else if (syntax.error == null) {
        syntax.feed(c);
      }
      return c;
    }

    @Override
    public int read(char[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      for (int i = 0; i < n && syntax.error == null; i++) {
        syntax.feed(b[off + i]);
      }
      if (n < 0) {
        syntax.end();
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      throw new IOException("skipping would leave text unread");
    }

    /** {@return the first syntax error of what passed through, or empty} */
    public String firstError() {
      return syntax.snapshot();
    }
  }

  /** The error so far, or, as far as the text went, none: a library may have stopped earlier. */
  private String snapshot() {
    return error == null ? "" : error;
  }

  private String end() {
    if (error == null) {
      switch (state) {
        case DONE -> { }
        case ZERO, INT, FRACTION, EXPONENT -> {
          if (depth > 0) {
            fail("the JSON document ends inside a value");
          }
        }
        case VALUE -> fail(sawValue ? "the JSON document ends inside a value" : "the JSON document is empty");
        default -> fail("the JSON document ends inside a value");
      }
    }
    return snapshot();
  }

  /** One code unit: a byte of UTF-8 text, or a character. */
  private void feed(int c) {
    if (units++ == 0 && (bytes ? c == 0xEF : c == 0xFEFF)) {
      // A byte order mark: the character, or the first of its three UTF-8 bytes.
      if (bytes) {
        bom = true;
        literal("\u00BB\u00BF");
      }
      return;
    }
    if (c == '\n') {
      line++;
      column = 0;
    } else {
      column++;
    }
    step(c);
  }

  private void step(int c) {
    switch (state) {
      case VALUE, FIRST_VALUE_OR_END -> {
        if (isSpace(c)) {
          return;
        }
        if (c == ']' && state == State.FIRST_VALUE_OR_END) {
          close();
          return;
        }
        startValue(c);
      }
      case NAME, FIRST_NAME_OR_END -> {
        if (isSpace(c)) {
          return;
        }
        if (c == '}' && state == State.FIRST_NAME_OR_END) {
          close();
        } else if (c == '"') {
          stringIsName = true;
          state = State.STRING;
        } else {
          fail(state == State.NAME ? "expected a member name (a string)" : "expected a member name (a string) or '}'", c);
        }
      }
      case COLON -> {
        if (isSpace(c)) {
          return;
        }
        if (c == ':') {
          state = State.VALUE;
        } else {
          fail("expected ':'", c);
        }
      }
      case AFTER_VALUE -> afterValue(c);
      case STRING -> {
        if (c == '"') {
          if (stringIsName) {
            stringIsName = false;
            state = State.COLON;
          } else {
            valueDone();
          }
        } else if (c == '\\') {
          state = State.ESCAPE;
        } else if (c < 0x20) {
          fail("a control character in a string must be escaped", c);
        }
      }
      case ESCAPE -> {
        if (c == 'u') {
          hexDigits = 0;
          state = State.HEX;
        } else if ("\"\\/bfnrt".indexOf(c) >= 0) {
          state = State.STRING;
        } else {
          fail("invalid escape in a string", c);
        }
      }
      case HEX -> {
        if (Character.digit(c, 16) < 0 || c > 0x7F) {
          fail("invalid \\u escape: expected four hex digits", c);
        } else if (++hexDigits == 4) {
          state = State.STRING;
        }
      }
      case MINUS -> {
        if (c == '0') {
          state = State.ZERO;
        } else if (isDigit(c)) {
          state = State.INT;
        } else {
          fail("invalid number: expected a digit after '-'", c);
        }
      }
      case ZERO, INT -> {
        if (isDigit(c) && state == State.INT) {
          return;
        }
        if (isDigit(c)) {
          fail("invalid number: no leading zeros", c);
        } else if (c == '.') {
          state = State.DOT;
        } else if (c == 'e' || c == 'E') {
          state = State.EXP;
        } else {
          valueDone();
          afterValue(c);
        }
      }
      case DOT -> {
        if (isDigit(c)) {
          state = State.FRACTION;
        } else {
          fail("invalid number: expected a digit after '.'", c);
        }
      }
      case FRACTION -> {
        if (isDigit(c)) {
          return;
        }
        if (c == 'e' || c == 'E') {
          state = State.EXP;
        } else {
          valueDone();
          afterValue(c);
        }
      }
      case EXP -> {
        if (c == '+' || c == '-') {
          state = State.EXP_SIGN;
        } else if (isDigit(c)) {
          state = State.EXPONENT;
        } else {
          fail("invalid number: expected a digit in the exponent", c);
        }
      }
      case EXP_SIGN -> {
        if (isDigit(c)) {
          state = State.EXPONENT;
        } else {
          fail("invalid number: expected a digit in the exponent", c);
        }
      }
      case EXPONENT -> {
        if (!isDigit(c)) {
          valueDone();
          afterValue(c);
        }
      }
      case LITERAL -> {
        if (c != literal.charAt(literalAt)) {
          if (bom) {
            fail("invalid byte order mark", c);
          } else {
            fail("invalid literal: expected '" + literalName() + "'", c);
          }
        } else if (++literalAt == literal.length()) {
          if (bom) {
            bom = false;
            state = State.VALUE;
          } else {
            valueDone();
          }
        }
      }
      case DONE -> {
        if (!isSpace(c)) {
          fail("content after the end of the JSON document", c);
        }
      }
      case FAILED -> { }
    }
  }

  private String literalName() {
    return literal.equals("rue") ? "true" : literal.equals("alse") ? "false" : "null";
  }

  private void startValue(int c) {
    sawValue = true;
    switch (c) {
      case '{' -> open(true);
      case '[' -> open(false);
      case '"' -> {
        stringIsName = false;
        state = State.STRING;
      }
      case '-' -> state = State.MINUS;
      case '0' -> state = State.ZERO;
      case 't' -> literal("rue");
      case 'f' -> literal("alse");
      case 'n' -> literal("ull");
      default -> {
        if (isDigit(c)) {
          state = State.INT;
        } else {
          fail("expected a value", c);
        }
      }
    }
  }

  private void literal(String rest) {
    literal = rest;
    literalAt = 0;
    state = State.LITERAL;
  }

  private void afterValue(int c) {
    if (isSpace(c) || state == State.FAILED) {
      return;
    }
    if (depth == 0) {
      fail("content after the end of the JSON document", c);
      return;
    }
    boolean object = isObject(depth - 1);
    if (c == ',') {
      state = object ? State.NAME : State.VALUE;
    } else if (c == (object ? '}' : ']')) {
      close();
    } else {
      fail(object ? "expected ',' or '}'" : "expected ',' or ']'", c);
    }
  }

  private void open(boolean object) {
    if (depth == objects.length * 64) {
      objects = Arrays.copyOf(objects, objects.length * 2);
    }
    if (object) {
      objects[depth >> 6] |= 1L << depth;
    } else {
      objects[depth >> 6] &= ~(1L << depth);
    }
    depth++;
    state = object ? State.FIRST_NAME_OR_END : State.FIRST_VALUE_OR_END;
  }

  private boolean isObject(int level) {
    return (objects[level >> 6] & (1L << level)) != 0;
  }

  private void close() {
    depth--;
    valueDone();
  }

  /** A value is complete: its container expects ',' or its end; at the top, the document is. */
  private void valueDone() {
    state = depth == 0 ? State.DONE : State.AFTER_VALUE;
  }

  private void fail(String what, int c) {
    fail(what + ", not " + describe(c));
  }

  private void fail(String what) {
    error = "at line " + line + ", column " + column + ": " + what;
    state = State.FAILED;
  }

  private static String describe(int c) {
    if (c == '\'') {
      return "\"'\"";
    }
    if (c > 0x20 && c < 0x7F) {
      return "'" + (char) c + "'";
    }
    return String.format("U+%04X", c);
  }

  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }
}
