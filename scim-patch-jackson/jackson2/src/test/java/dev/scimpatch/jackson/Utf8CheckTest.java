package dev.scimpatch.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.codec.Utf8Check;
import dev.scimpatch.tree.ScimString;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The adapter's own UTF-8 check (RFC 3629), which makes every supported Jackson release refuse
 * what the newest refuses: some older ones take overlong forms.
 */
class Utf8CheckTest {

  private static byte[] hex(String h) {
    return HexFormat.of().parseHex(h.replace(" ", ""));
  }

  /** A string value {@code "…"} around the bytes. */
  private static byte[] quoted(byte[] inner) {
    byte[] b = new byte[inner.length + 2];
    b[0] = '"';
    System.arraycopy(inner, 0, b, 1, inner.length);
    b[b.length - 1] = '"';
    return b;
  }

  /** A stream that hands out one byte per read, so that every sequence spans reads. */
  private static InputStream trickle(byte[] b) {
    return new ByteArrayInputStream(b) {
      @Override
      public synchronized int read(byte[] out, int off, int len) {
        return super.read(out, off, Math.min(len, 1));
      }
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "c0 80", "c1 bf", // overlong two-byte forms
      "e0 80 80", "e0 9f bf", // overlong three-byte forms
      "f0 80 80 80", "f0 8f bf bf", // overlong four-byte forms
      "ed a0 80", "ed bf bf", // encoded surrogates
      "f4 90 80 80", "f5 80 80 80", "ff", "fe", // beyond U+10FFFF, never in UTF-8
      "80", "bf", // a continuation without a lead
      "c3", "e2 82", "f0 9f 98", // cut short
      "c3 41", "e2 41 ac", "f0 9f 41 80"}) // a lead byte followed by ASCII
  void malformedSequencesAreRefusedFromBytesAndStreams(String sequence) throws Exception {
    byte[] doc = quoted(hex(sequence));
    assertThatThrownBy(() -> Utf8Check.check(doc)).isInstanceOf(CharConversionException.class);
    for (InputStream in : new InputStream[] {new ByteArrayInputStream(doc), trickle(doc)}) {
      Utf8Check.Checked checked = Utf8Check.checking(in);
      assertThat(checked.readAllBytes()).as("every byte passes on").isEqualTo(doc);
      assertThat(checked.failure()).isInstanceOf(CharConversionException.class);
    }
    for (ThrowingRead read : new ThrowingRead[] {
        () -> ScimJson.defaults().read(doc),
        () -> ScimJson.defaults().read(new ByteArrayInputStream(doc)),
        () -> ScimJson.defaults().read(trickle(doc))}) {
      assertThatThrownBy(read::run).isInstanceOfSatisfying(ScimPatchException.class, e -> {
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.scimType()).isEqualTo(ScimType.INVALID_SYNTAX);
        assertThat(e.getMessage()).contains("invalid UTF-8");
      });
    }
  }

  interface ThrowingRead {
    void run() throws Exception;
  }

  @ParameterizedTest
  @ValueSource(strings = {"41", "c2 80", "df bf", "e0 a0 80", "ed 9f bf", "ee 80 80", "ef bf bf", "f0 90 80 80",
      "f4 8f bf bf", "f0 9f 98 80", "ef bb bf"})
  void wellFormedSequencesPass(String sequence) throws Exception {
    byte[] doc = quoted(hex(sequence));
    assertThatCode(() -> Utf8Check.check(doc)).doesNotThrowAnyException();
    assertThat(Utf8Check.checking(trickle(doc)).readAllBytes()).isEqualTo(doc);
    assertThat(ScimJson.defaults().read(trickle(doc))).isEqualTo(ScimString.of(new String(hex(sequence), UTF_8)));
  }

  @Test
  void theOffsetOfTheFaultIsNamed() throws Exception {
    byte[] doc = "{\"a\":\"xyz\u00e9\"}".getBytes(UTF_8);
    doc[10] = (byte) 0x41; // the second byte of é (C3 A9)
    assertThatThrownBy(() -> Utf8Check.check(doc)).hasMessage(
        "invalid UTF-8: a missing or out-of-range continuation byte at byte 10");
    Utf8Check.Checked checked = Utf8Check.checking(trickle(doc));
    checked.drain(Long.MAX_VALUE);
    assertThat(checked.failure()).hasMessage("invalid UTF-8: a missing or out-of-range continuation byte at byte 10");
  }

  /** UTF-16 and UTF-32 (RFC 8259 §8.1) are told from their zero bytes and left to Jackson. */
  @Test
  void utf16AndUtf32AreLeftToJackson() throws Exception {
    for (String charset : new String[] {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"}) {
      byte[] doc = "[\"\u00e9\"]".getBytes(charset);
      assertThatCode(() -> Utf8Check.check(doc)).doesNotThrowAnyException();
      assertThat(ScimJson.defaults().read(doc)).as(charset).isEqualTo(ScimJson.defaults().read("[\"\u00e9\"]"));
      assertThat(ScimJson.defaults().read(trickle(doc))).as(charset).isEqualTo(ScimJson.defaults().read("[\"\u00e9\"]"));
    }
  }

  /** The check agrees with the JDK's strict decoder on random bytes, whole and trickled. */
  @Test
  void agreesWithTheJdksDecoderOnRandomBytes() throws Exception {
    SplittableRandom random = new SplittableRandom(0x5eedL);
    int refused = 0;
    for (int n = 0; n < 20_000; n++) {
      byte[] b = new byte[1 + random.nextInt(12)];
      for (int i = 0; i < b.length; i++) {
        // Mostly bytes that matter to UTF-8: leads, continuations, and the bounds between them.
        int[] interesting = {0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef,
            0xf0, 0xf4, 0xf5, 0xff};
        b[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : interesting[random.nextInt(interesting.length)]);
      }
      if (b[0] == 0 || b.length > 1 && (b[1] == 0 || b.length > 2 && (b[2] == 0 || b.length > 3 && b[3] == 0))
          || b.length > 1 && ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff || (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe)) {
        continue; // read as UTF-16 or UTF-32
      }
      boolean jdk = true;
      try {
        UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(b));
      } catch (CharacterCodingException e) {
        jdk = false;
      }
      boolean ours = true;
      try {
        Utf8Check.check(b);
      } catch (CharConversionException e) {
        ours = false;
      }
      Utf8Check.Checked checked = Utf8Check.checking(trickle(b));
      checked.readAllBytes();
      boolean trickled = checked.failure() == null;
      assertThat(ours).as("%s", HexFormat.of().formatHex(b)).isEqualTo(jdk).isEqualTo(trickled);
      refused += jdk ? 0 : 1;
    }
    assertThat(refused).as("the generator makes malformed input").isGreaterThan(1000);
  }
}
