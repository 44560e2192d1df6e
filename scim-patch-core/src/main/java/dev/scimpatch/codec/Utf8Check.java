package dev.scimpatch.codec;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Checks that UTF-8 input is well-formed as RFC 3629 defines it: no overlong form, no encoded
 * surrogate, nothing beyond U+10FFFF, no stray or missing continuation byte. A codec runs its
 * byte input through it before its JSON library reads it, so that every codec, and every release
 * of one library, refuses the same input with the same message: Jackson 2.18 to 2.20, for one,
 * take an overlong two-byte form ({@code C0 80} for NUL), and 2.21.8 to 2.22 overlong forms of any
 * length.
 *
 * <p>Input whose first four bytes hold a zero byte, or that starts with a UTF-16 byte order mark,
 * is UTF-16 or UTF-32 (RFC 8259 §8.1 lets readers tell from those bytes, as Jackson does) and is
 * left to the library. One pass, no allocation beyond this object: linear in the input.
 *
 * @since 0.1
 */
public final class Utf8Check {

  /** Undecided until four bytes (or the end) are seen; then checking, or left to the library. */
  private enum Mode { UNDECIDED, UTF8, OTHER }

  private Mode mode = Mode.UNDECIDED;
  private final byte[] head = new byte[4];
  private int headLength;
  private long offset;
  /** Continuation bytes still due, and the bounds of the next one (the first may be narrower). */
  private int due;
  private int low = 0x80;
  private int high = 0xBF;

  private Utf8Check() {}

  /**
   * Checks a whole input.
   *
   * @param input the input
   * @throws CharConversionException if it is UTF-8 and not well-formed; the message says what
   *     and at which byte
   */
  public static void check(byte[] input) throws CharConversionException {
    Utf8Check c = new Utf8Check();
    c.feed(input, 0, input.length);
    c.end();
  }

  /**
   * A stream that checks what passes through it and records the first malformed sequence; it
   * passes every byte on, so that a reader can go on, and the caller decides what the failure
   * means once reading stopped ({@link Checked#failure()}), as for bytes checked whole.
   *
   * @param in the input
   * @return the input, checked as it is read; it does not support mark, reset or skip
   */
  public static Checked checking(InputStream in) {
    return new Checked(in);
  }

  private void feed(byte[] b, int from, int length) throws CharConversionException {
    int i = from;
    int end = from + length;
    while (mode == Mode.UNDECIDED && i < end) {
      head[headLength++] = b[i++];
      if (headLength == head.length) {
        decide();
      }
    }
    if (mode == Mode.UTF8) {
      scan(b, i, end);
    }
  }

  private void end() throws CharConversionException {
    if (mode == Mode.UNDECIDED) {
      decide();
    }
    if (due > 0) {
      throw new CharConversionException("invalid UTF-8: the input ends inside a multi-byte sequence");
    }
  }

  private void decide() throws CharConversionException {
    mode = JsonSyntax.isUtf8(head, headLength) ? Mode.UTF8 : Mode.OTHER;
    if (mode == Mode.UTF8) {
      scan(head, 0, headLength);
    }
  }

  private void scan(byte[] b, int from, int end) throws CharConversionException {
    for (int i = from; i < end; i++) {
      int c = b[i] & 0xFF;
      if (due > 0) {
        if (c < low || c > high) {
          throw malformed(i - from, "a missing or out-of-range continuation byte");
        }
        due--;
        low = 0x80;
        high = 0xBF;
      } else if (c >= 0x80) {
        lead(c, i - from);
      }
    }
    offset += end - from;
  }

  /** RFC 3629 §4: the bytes a lead byte takes, and the range of the first that follows it. */
  private void lead(int c, int at) throws CharConversionException {
    if (c >= 0xC2 && c <= 0xDF) {
      due = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      due = 2;
      low = c == 0xE0 ? 0xA0 : 0x80; // E0 80..9F would be overlong
      high = c == 0xED ? 0x9F : 0xBF; // ED A0..BF would be a surrogate
    } else if (c >= 0xF0 && c <= 0xF4) {
      due = 3;
      low = c == 0xF0 ? 0x90 : 0x80; // F0 80..8F would be overlong
      high = c == 0xF4 ? 0x8F : 0xBF; // F4 90.. would be beyond U+10FFFF
    } else {
      throw malformed(at, c < 0xC0 ? "a continuation byte without a lead byte"
          : c < 0xC2 ? "an overlong form" : "a byte that UTF-8 never holds");
    }
  }

  private CharConversionException malformed(int relative, String what) {
    return new CharConversionException("invalid UTF-8: " + what + " at byte " + (offset + relative));
  }

  /**
   * A checked stream.
   *
   * @since 0.1
   */
  public static final class Checked extends FilterInputStream {
    private final Utf8Check check = new Utf8Check();
    private final byte[] one = new byte[1];
    private @Nullable CharConversionException failure;
    private long count;

    private Checked(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c < 0) {
        see(null, 0, -1);
      } else {
        one[0] = (byte) c;
        see(one, 0, 1);
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      see(b, off, n);
      return n;
    }

    private void see(byte @Nullable [] b, int off, int n) {
      if (failure != null) {
        return;
      }
      try {
        if (n < 0 || b == null) {
          check.end();
        } else {
          check.feed(b, off, n);
          count += n;
        }
      } catch (CharConversionException e) {
        failure = e;
      }
    }

    /**
     * Reads what is left, up to a total, so that the check sees all of it: a reader that failed
     * early saw less than the bytes checked whole would show.
     *
     * @param upTo the most bytes to have read in all
     * @throws IOException if the stream fails
     */
    public void drain(long upTo) throws IOException {
      byte[] buffer = new byte[8192];
      while (count < upTo && read(buffer, 0, (int) Math.min(buffer.length, upTo - count)) >= 0) {
        // the check sees each chunk
      }
    }

    /** {@return the first malformed sequence read so far, or {@code null}} */
    public @Nullable CharConversionException failure() {
      return failure;
    }

    @Override
    public long skip(long n) throws IOException {
      throw new IOException("skipping would leave bytes unchecked");
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public synchronized void mark(int limit) {}

    @Override
    public synchronized void reset() throws IOException {
      throw new IOException("mark and reset are not supported");
    }
  }
}
