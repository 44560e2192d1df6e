package dev.scimpatch.jackson.testkit;

import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;

/**
 * Random byte sequences for robustness tests of JSON readers: uniformly random bytes, bytes
 * weighted toward JSON's structural characters (so that some prefixes parse), invalid and
 * overlong UTF-8, byte order marks, and UTF-16 or UTF-32 text.
 *
 * <p>Stateless; all randomness comes from the {@link RandomGenerator} passed in.
 */
public final class RandomBytes {

  private RandomBytes() {}

  /** JSON's structural and literal characters, and a little text. */
  private static final byte[] JSON_CHARS =
      "{}[]:,\"\\ \n\t0123456789-+.eEtruefalsnl/uabcAB".getBytes(StandardCharsets.US_ASCII);

  /** Returns up to {@code maxLength} random bytes of one of several kinds. */
  public static byte[] bytes(RandomGenerator rng, int maxLength) {
    int length = rng.nextInt(maxLength + 1);
    byte[] b = new byte[length];
    int kind = rng.nextInt(5);
    for (int i = 0; i < length; i++) {
      int r = rng.nextInt(100);
      if (kind == 0 || r < 10) {
        b[i] = (byte) rng.nextInt(256);
      } else if (kind == 1 && r < 40) {
        // UTF-8 lead and continuation bytes, in and out of order; overlong forms (C0, E0 80).
        b[i] = (byte) (0x80 + rng.nextInt(0x80));
      } else {
        b[i] = JSON_CHARS[rng.nextInt(JSON_CHARS.length)];
      }
    }
    if (length >= 4 && rng.nextInt(8) == 0) {
      byte[][] marks = {
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE},
        {0, 0, (byte) 0xFE, (byte) 0xFF}, {0, '{'}, {'{', 0}, {0, 0, 0, '['}};
      byte[] mark = marks[rng.nextInt(marks.length)];
      System.arraycopy(mark, 0, b, 0, Math.min(mark.length, length));
    }
    return b;
  }

  /**
   * Returns {@code text} encoded as UTF-8 (mostly), UTF-16 or UTF-32, big- or little-endian, the
   * encodings RFC 8259 readers may meet; unpaired surrogates become {@code ?} in all of them.
   */
  public static byte[] encode(RandomGenerator rng, String text) {
    int r = rng.nextInt(10);
    if (r < 7) {
      return text.getBytes(StandardCharsets.UTF_8);
    } else if (r == 7) {
      return text.getBytes(StandardCharsets.UTF_16BE);
    } else if (r == 8) {
      return text.getBytes(StandardCharsets.UTF_16LE);
    }
    return text.getBytes(java.nio.charset.Charset.forName(rng.nextBoolean() ? "UTF-32BE" : "UTF-32LE"));
  }
}
