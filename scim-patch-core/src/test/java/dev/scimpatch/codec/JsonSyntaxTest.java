package dev.scimpatch.codec;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.scimpatch.testkit.Property;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The core's JSON syntax check, against Jackson as the oracle of what is well-formed. */
class JsonSyntaxTest {

  private static final JsonFactory JACKSON = JsonFactory.builder()
      .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** Whether Jackson reads exactly one well-formed document from the text. */
  private static boolean jacksonReads(String text) {
    try (JsonParser p = JACKSON.createParser(text)) {
      if (p.nextToken() == null) {
        return false;
      }
      p.skipChildren();
      return p.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|at line 1, column 0: the JSON document is empty",
      "'  '|at line 1, column 2: the JSON document is empty",
      "{|at line 1, column 1: the JSON document ends inside a value",
      "{\"a\" 1}|at line 1, column 6: expected ':', not '1'",
      "{\"a\":1,}|at line 1, column 8: expected a member name (a string), not '}'",
      "{a:1}|at line 1, column 2: expected a member name (a string) or '}', not 'a'",
      "[1,]|at line 1, column 4: expected a value, not ']'",
      "[1 2]|at line 1, column 4: expected ',' or ']', not '2'",
      "{\"a\":1]|at line 1, column 7: expected ',' or '}', not ']'",
      "01|at line 1, column 2: invalid number: no leading zeros, not '1'",
      "1.|at line 1, column 2: the JSON document ends inside a value",
      "-x|at line 1, column 2: invalid number: expected a digit after '-', not 'x'",
      "1e+|at line 1, column 3: the JSON document ends inside a value",
      "tru|at line 1, column 3: the JSON document ends inside a value",
      "trux|at line 1, column 4: invalid literal: expected 'true', not 'x'",
      "\"a\\x\"|at line 1, column 4: invalid escape in a string, not 'x'",
      "\"\\u12g4\"|at line 1, column 6: invalid \\u escape: expected four hex digits, not 'g'",
      "{}{}|at line 1, column 3: content after the end of the JSON document, not '{'",
      "'[\n  1,\n  ]'|at line 3, column 3: expected a value, not ']'"})
  void whatAndWhere(String text, String error) {
    assertThat(JsonSyntax.firstError(text)).isEqualTo(error);
    assertThat(JsonSyntax.firstError(text.getBytes(UTF_8))).isEqualTo(error);
  }

  @Test
  void controlCharactersAndNonAsciiOutsideStrings() {
    assertThat(JsonSyntax.firstError("\"a\u0001\"")).isEqualTo("at line 1, column 3: a control character in a string must be escaped, not U+0001");
    assertThat(JsonSyntax.firstError("\u00e9")).isEqualTo("at line 1, column 1: expected a value, not U+00E9");
    assertThat(JsonSyntax.firstError("\ufeff{}")).as("a byte order mark").isEmpty();
    assertThat(JsonSyntax.firstError(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', ']'})).isEmpty();
    assertThat(JsonSyntax.firstError(new byte[] {'[', 0, ']', 0})).as("UTF-16 is not read here").isEmpty();
  }

  /** Empty exactly when Jackson reads the text, on generated and mutated JSON; bytes, streams and readers agree. */
  @TestFactory
  Stream<DynamicTest> agreesWithJackson() {
    String[] seeds = {"{\"a\":[1,2.5e-3,true,false,null,\"x\\n\\u00e9\"],\"b\":{}}", "[[],[[]],{\"\":0}]", "-0.0E+1",
        "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "  {\"schemas\" : [\"urn\"] , \"Operations\":[{\"op\":\"add\",\"value\":{}}]}  "};
    String alphabet = "{}[],:\"\\ -+.0123456789eEtrufalsn\u00e9\u0001\n";
    return Property.cases("firstError is empty exactly when Jackson reads the text", rng -> {
      StringBuilder b = new StringBuilder(seeds[rng.nextInt(seeds.length)]);
      for (int k = rng.nextInt(4); k >= 0; k--) {
        int at = rng.nextInt(b.length() + 1);
        switch (rng.nextInt(3)) {
          case 0 -> b.insert(at, alphabet.charAt(rng.nextInt(alphabet.length())));
          case 1 -> { if (at < b.length()) { b.deleteCharAt(at); } }
          default -> { if (at < b.length()) { b.setCharAt(at, alphabet.charAt(rng.nextInt(alphabet.length()))); } }
        }
      }
      String text = b.toString();
      String error = JsonSyntax.firstError(text);
      assertThat(error.isEmpty()).as("%s: %s", text, error).isEqualTo(jacksonReads(text));
      assertThat(JsonSyntax.firstError(text.getBytes(UTF_8)).isEmpty()).as(text).isEqualTo(error.isEmpty());
      try {
        JsonSyntax.Watched stream = JsonSyntax.watch(new ByteArrayInputStream(text.getBytes(UTF_8)));
        stream.readAllBytes();
        JsonSyntax.WatchedReader reader = JsonSyntax.watch(new StringReader(text));
        reader.transferTo(java.io.Writer.nullWriter());
        assertThat(stream.firstError().isEmpty()).as("stream: %s", text).isEqualTo(error.isEmpty());
        assertThat(reader.firstError()).as("reader: %s", text).isEqualTo(error);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void otherEncodingsAreDecodedByTheCore() throws Exception {
    for (String name : new String[] {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"}) {
      byte[] text = "{\"a\":\"\u00e9\ud83d\ude00\"}".getBytes(Charset.forName(name));
      assertThat(JsonEncodings.decodeUnlessUtf8(text)).as(name).isEqualTo("{\"a\":\"\u00e9\ud83d\ude00\"}");
      byte[] bom = "\ufeff[]".getBytes(Charset.forName(name));
      assertThat(JsonEncodings.decodeUnlessUtf8(bom)).as(name + " with a byte order mark").isEqualTo("[]");
      assertThat(JsonEncodings.peek(new ByteArrayInputStream(text)).utf8()).isFalse();
    }
    assertThat(JsonEncodings.decodeUnlessUtf8("{}".getBytes(UTF_8))).isNull();
    assertThat(JsonEncodings.peek(new ByteArrayInputStream("{}".getBytes(UTF_8))).stream().readAllBytes())
        .isEqualTo("{}".getBytes(UTF_8));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonEncodings.decodeUnlessUtf8(
        new byte[] {0, 0, 0, '[', 0x11, 0, 0, 0})).isInstanceOf(CharConversionException.class)
        .hasMessage("invalid UTF-32BE at byte 4");
  }
}
