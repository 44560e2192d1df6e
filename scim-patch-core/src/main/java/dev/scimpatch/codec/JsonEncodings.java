package dev.scimpatch.codec;

import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * JSON text in UTF-16 or UTF-32 (RFC 8259 §8.1 lets readers accept it), decoded by the core, so
 * that every codec reads it alike and refuses a malformed one with the same message: a codec
 * hands its library UTF-8 bytes as they are and the other encodings as the text decoded here.
 * The encoding is told from the zero bytes among the first four, or a byte order mark, as RFC
 * 4627 §3 describes; a byte order mark is not part of the text.
 *
 * @since 0.1
 */
public final class JsonEncodings {
  private JsonEncodings() {}

  /**
   * Decodes a document unless it is UTF-8.
   *
   * @param json the document's bytes
   * @return the text, or {@code null} for UTF-8 ({@link JsonSyntax#isUtf8}), which the codec's
   *     library reads as bytes
   * @throws CharConversionException if the bytes are not text in the encoding they show, or show
   *     none; the message says what and at which byte
   */
  public static @Nullable String decodeUnlessUtf8(byte[] json) throws CharConversionException {
    if (JsonSyntax.isUtf8(json, json.length)) {
      return null;
    }
    Charset charset = charset(json);
    if (charset == null) {
      throw new CharConversionException("not UTF-8, UTF-16 or UTF-32 text (RFC 8259 §8.1)");
    }
    int bom = bomLength(json, charset);
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(json, bom, json.length - bom);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L,
        (long) Math.ceil(json.length * (double) decoder.maxCharsPerByte()) + 1));
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      throw new CharConversionException("invalid " + charset.name() + " at byte " + in.position());
    }
    return out.flip().toString();
  }

  /**
   * Tells a stream's encoding from its first bytes, without consuming them.
   *
   * @param in the stream
   * @return the stream to read from instead (buffered), and whether it is UTF-8
   * @throws IOException if the stream fails
   */
  public static Peeked peek(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    BufferedInputStream buffered = new BufferedInputStream(in, 4);
    buffered.mark(4);
    byte[] head = buffered.readNBytes(4);
    buffered.reset();
    return new Peeked(buffered, JsonSyntax.isUtf8(head, head.length));
  }

  /**
   * A stream whose first bytes were looked at.
   *
   * @param stream the stream, from its first byte
   * @param utf8 whether its text is UTF-8
   * @since 0.1
   */
  public record Peeked(InputStream stream, boolean utf8) {}

  /** RFC 4627 §3: the pattern of zero bytes among the first four, or a byte order mark. */
  private static @Nullable Charset charset(byte[] b) {
    int n = Math.min(b.length, 4);
    int[] h = new int[4];
    Arrays.fill(h, -1);
    for (int i = 0; i < n; i++) {
      h[i] = b[i] & 0xFF;
    }
    if (h[0] == 0 && h[1] == 0 && h[2] == 0xFE && h[3] == 0xFF) {
      return Charset.forName("UTF-32BE");
    }
    if (h[0] == 0xFF && h[1] == 0xFE && h[2] == 0 && h[3] == 0) {
      return Charset.forName("UTF-32LE");
    }
    if (h[0] == 0xFE && h[1] == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (h[0] == 0xFF && h[1] == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (n == 4 && h[0] == 0 && h[1] == 0 && h[2] == 0 && h[3] != 0) {
      return Charset.forName("UTF-32BE");
    }
    if (n == 4 && h[0] != 0 && h[1] == 0 && h[2] == 0 && h[3] == 0) {
      return Charset.forName("UTF-32LE");
    }
    if (n >= 2 && h[0] == 0 && h[1] != 0) {
      return StandardCharsets.UTF_16BE;
    }
    if (n >= 2 && h[0] != 0 && h[1] == 0) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static int bomLength(byte[] b, Charset charset) {
    int first = b.length > 0 ? b[0] & 0xFF : -1;
    boolean bom = first == 0xFE || first == 0xFF || (b.length >= 4 && first == 0 && (b[2] & 0xFF) == 0xFE);
    return !bom ? 0 : charset.name().startsWith("UTF-32") ? 4 : 2;
  }
}
