package dev.scimpatch.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNull;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ScimJson}: exact numbers, strings, strictness, limits, sources and JsonNode conversion. */
class ScimJsonTest {

  private static final ScimJson JSON = ScimJson.defaults();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  /** Asserts that {@code call} throws {@code 400 invalidSyntax} and returns the exception. */
  static ScimPatchException invalidSyntax(ThrowingCallable call) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(t).as("expected a 400 invalidSyntax ScimPatchException").isNotNull().isInstanceOf(ScimPatchException.class);
    ScimPatchException e = (ScimPatchException) t;
    assertThat(e.status()).as("status of %s", e.getMessage()).isEqualTo(400);
    assertThat(e.scimType()).as("scimType of %s", e.getMessage()).isEqualTo(ScimType.INVALID_SYNTAX);
    return e;
  }

  private static String nested(String open, String close, int depth) {
    return open.repeat(depth) + close.repeat(depth);
  }

  private static JsonNode nestedArrays(int depth) {
    JsonNode inner = NODES.arrayNode();
    for (int i = 1; i < depth; i++) {
      ArrayNode outer = NODES.arrayNode();
      outer.add(inner);
      inner = outer;
    }
    return inner;
  }

  @Nested
  class Numbers {

    @Test
    void trailingZerosStayThroughBytesAndStrings() {
      ScimNode n = JSON.read(utf8("1.50"));
      assertThat(n).isInstanceOf(ScimNumber.class);
      assertThat(((ScimNumber) n).value()).isEqualTo(new BigDecimal("1.50"));
      assertThat(((ScimNumber) n).value().scale()).isEqualTo(2);
      assertThat(text(JSON.writeBytes(n))).isEqualTo("1.50");
      assertThat(JSON.writeString(JSON.read("{\"price\":1.50}"))).isEqualTo("{\"price\":1.50}");
    }

    @Test
    void trailingZerosStayThroughJsonNode() {
      ScimNode n = JSON.read("{\"price\":1.50}");
      JsonNode tree = JSON.toJsonNode(n);
      assertThat(tree.get("price").isBigDecimal()).isTrue();
      assertThat(tree.get("price").decimalValue()).isEqualTo(new BigDecimal("1.50"));
      assertThat(tree.toString()).isEqualTo("{\"price\":1.50}");
      assertThat(JSON.writeString(JSON.fromJsonNode(tree))).isEqualTo("{\"price\":1.50}");
      assertThat(JSON.fromJsonNode(DecimalNode.valueOf(new BigDecimal("1.50"))).toString()).isEqualTo("1.50");
    }

    @Test
    void longDecimalsStayExact() {
      String big = "12345678901234567890.123456789";
      ScimNumber n = (ScimNumber) JSON.read(big);
      assertThat(n.value()).isEqualTo(new BigDecimal(big));
      assertThat(JSON.writeString(n)).isEqualTo(big);
      assertThat(text(JSON.writeBytes(n))).isEqualTo(big);
      assertThat(JSON.toJsonNode(n).decimalValue()).isEqualTo(new BigDecimal(big));
      assertThat(JSON.fromJsonNode(JSON.toJsonNode(n))).isEqualTo(n);
      assertThat(JSON.writeString(JSON.read("-0.000000000000000000000000000001")))
          .isEqualTo(new BigDecimal("-0.000000000000000000000000000001").toString());
    }

    @Test
    void exponentsGiveTheValueAsBigDecimal() {
      ScimNumber n = (ScimNumber) JSON.read("1e2");
      assertThat(n.value()).isEqualByComparingTo(new BigDecimal("100"));
      assertThat(n).isEqualTo(ScimNumber.of(100));
      assertThat(((ScimNumber) JSON.read("2.5E-3")).value()).isEqualByComparingTo("0.0025");
      ScimNode again = JSON.read(JSON.writeBytes(n));
      assertThat(again).isEqualTo(n);
      assertThat(((ScimNumber) again).value()).isEqualTo(n.value());
    }

    @Test
    void scaleUpToTheLimitIsRead() {
      assertThat(((ScimNumber) JSON.read("1e1000")).value()).isEqualByComparingTo(BigDecimal.ONE.scaleByPowerOfTen(1000));
      assertThat(((ScimNumber) JSON.read("1e-1000")).value()).isEqualByComparingTo(BigDecimal.ONE.scaleByPowerOfTen(-1000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e1001", "1e-1001", "[1e2147483647]", "{\"a\":-5E+99999999999}", "0.5e-2147483647"})
    void scaleBeyondTheLimitIsInvalidSyntax(String json) {
      ScimPatchException e = invalidSyntax(() -> JSON.read(utf8(json)));
      assertThat(e.getMessage()).contains("number").contains("line 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "-", "1.", ".5", "+1", "1e", "NaN", "Infinity", "-Infinity", "0x10"})
    void nonJsonNumbersAreInvalidSyntax(String json) {
      invalidSyntax(() -> JSON.read(json));
    }
  }

  @Nested
  class Strings {

    @Test
    void escapesAreDecoded() {
      ScimNode s = JSON.read(utf8("\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u0041\\u00e9\\u4e2d\""));
      assertThat(s).isEqualTo(ScimString.of("q\" b\\ s/ \b\f\n\r\t Aé中"));
    }

    @Test
    void nonAsciiAndEmojiRoundTrip() {
      String value = "Zoë Ünal, 中文, עברית, İstanbul, \ud83d\ude00 \ud83c\udff3\ufe0f\u200d\ud83c\udf08";
      ScimNode fromRaw = JSON.read(utf8("{\"name\":\"" + value + "\"}"));
      ScimNode fromEscaped = JSON.read("{\"name\":\"Zo\\u00eb \\u00dcnal, \\u4e2d\\u6587, \\u05e2\\u05d1\\u05e8\\u05d9\\u05ea,"
          + " \\u0130stanbul, \\ud83d\\ude00 \\ud83c\\udff3\\ufe0f\\u200d\\ud83c\\udf08\"}");
      assertThat(fromRaw).isEqualTo(ScimObject.of("name", ScimString.of(value))).isEqualTo(fromEscaped);
      byte[] written = JSON.writeBytes(fromRaw);
      // Non-ASCII is written as UTF-8; characters beyond the BMP may be written as escaped pairs.
      assertThat(text(written)).startsWith("{\"name\":\"Zoë Ünal, 中文, עברית, İstanbul, ");
      assertThat(JSON.read(written)).isEqualTo(fromRaw);
      assertThat(JSON.read(JSON.writeString(fromRaw))).isEqualTo(fromRaw);
    }

    @Test
    void controlCharactersAreEscapedWhenWritten() {
      ScimString s = ScimString.of("a\u0000b\u001fc\nd\"e\\");
      String written = JSON.writeString(s);
      assertThat(written).doesNotContain("\u0000", "\u001f", "\n").startsWith("\"").endsWith("\"");
      assertThat(JSON.read(written)).isEqualTo(s);
      assertThat(JSON.read(JSON.writeBytes(s))).isEqualTo(s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\ud800", "\\udfff", "x\\ud83dy", "\\ude00\\ud83d", "\\ud83d\\ud83d\\ude00", "a\\udbff"})
    void loneSurrogateEscapesAreReadAndWrittenBack(String escaped) {
      ScimString s = (ScimString) JSON.read(utf8("\"" + escaped + "\""));
      assertThat(JSON.read("\"" + escaped + "\"")).isEqualTo(s);
      assertThat(s.value().chars().anyMatch(c -> Character.isSurrogate((char) c))).isTrue();
      assertThat(JSON.read(JSON.writeBytes(s))).isEqualTo(s);
      assertThat(JSON.read(JSON.writeString(s))).isEqualTo(s);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      JSON.write(s, out);
      assertThat(JSON.read(out.toByteArray())).isEqualTo(s);
    }

    @Test
    void rawControlCharacterInAStringIsInvalidSyntax() {
      invalidSyntax(() -> JSON.read("\"a\u0001b\""));
      invalidSyntax(() -> JSON.read(utf8("\"a\nb\"")));
    }

    @Test
    void invalidUtf8IsInvalidSyntax() {
      invalidSyntax(() -> JSON.read(new byte[] {'"', (byte) 0xC3, '"'}));
      invalidSyntax(() -> JSON.read(new byte[] {'"', (byte) 0xFF, '"'}));
      invalidSyntax(() -> JSON.read(new byte[] {'"', (byte) 0xC0, (byte) 0x80, '"'}));
    }

    /** Bytes that look like UTF-32 (RFC 8259 §8.1 allows readers to detect it) but are not. */
    @Test
    void invalidUtf32IsInvalidSyntax() {
      byte[] notUtf32 = {0, 0, 0, '[', 0x11, 0, 0, 0};
      invalidSyntax(() -> JSON.read(notUtf32));
      invalidSyntax(() -> JSON.read(new ByteArrayInputStream(notUtf32)));
    }

    /**
     * A member name must be valid Unicode: an escaped unpaired surrogate is refused by the reader
     * (Jackson would write it back as bytes no reader takes), and the writer refuses to write one.
     * String values may hold them: they are escaped on the way out.
     */
    @Test
    void memberNamesWithUnpairedSurrogatesAreRefused() {
      invalidSyntax(() -> JSON.read(utf8("{\"\\udc00\":null}")));
      invalidSyntax(() -> JSON.read("{\"a\\ud800\":1}"));
      assertThatThrownBy(() -> JSON.writeBytes(ScimObject.of("\udc00", ScimNull.INSTANCE)))
          .isInstanceOf(IllegalArgumentException.class);
      ScimObject pair = ScimObject.of("\ud83d\ude00", ScimString.of("\udc00"));
      assertThat(JSON.read(JSON.writeBytes(pair))).isEqualTo(pair);
    }
  }

  @Nested
  class Strictness {

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"a\":1,\"a\":2}", "{\"userName\":\"a\",\"USERNAME\":\"b\"}", "{\"x\":{\"Type\":1,\"type\":1}}",
        "[{\"value\":1,\"vAlUe\":1}]", "{\"schemas\":[],\"Operations\":[],\"operations\":[]}"})
    void duplicateMembersAreInvalidSyntax(String json) {
      ScimPatchException e = invalidSyntax(() -> JSON.read(utf8(json)));
      assertThat(e.getMessage()).containsIgnoringCase("duplicate");
      invalidSyntax(() -> JSON.read(json));
      invalidSyntax(() -> JSON.read(new StringReader(json)));
      invalidSyntax(() -> JSON.read(new ByteArrayInputStream(utf8(json))));
    }

    @Test
    void namesDifferingOutsideAsciiCaseAreDistinct() {
      ScimObject o = (ScimObject) JSON.read(utf8("{\"é\":1,\"É\":2,\"ı\":3,\"I\":4,\"\u212a\":5,\"k\":6}"));
      assertThat(o.size()).isEqualTo(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{} {}", "{}x", "{}]", "{}}", "1 2", "\"a\" \"b\"", "[] []", "null null", "{},"})
    void trailingContentIsInvalidSyntax(String json) {
      invalidSyntax(() -> JSON.read(json));
      invalidSyntax(() -> JSON.read(utf8(json)));
      invalidSyntax(() -> JSON.read(new StringReader(json)));
      invalidSyntax(() -> JSON.read(new ByteArrayInputStream(utf8(json))));
    }

    @Test
    void trailingWhitespaceIsFine() {
      assertThat(JSON.read(" {} \r\n\t ")).isEqualTo(ScimObject.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t\r "})
    void emptyInputIsInvalidSyntax(String json) {
      ScimPatchException e = invalidSyntax(() -> JSON.read(json));
      assertThat(e.getMessage()).contains("empty");
      invalidSyntax(() -> JSON.read(utf8(json)));
      invalidSyntax(() -> JSON.read(new StringReader(json)));
      invalidSyntax(() -> JSON.read(new ByteArrayInputStream(utf8(json))));
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
      ScimPatchException e = invalidSyntax(() -> JSON.read(utf8("{\n  \"a\": [1, 2,, 3]\n}")));
      assertThat(e.getMessage()).startsWith("malformed JSON at line 2, column ");
      ScimPatchException chars = invalidSyntax(() -> JSON.read("{\"a\" 1}"));
      assertThat(chars.getMessage()).contains("line 1, column ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'a':1}", "{a:1}", "/*c*/{}", "[1,]", "{\"a\":1,}", "[01]", "{\"a\"}", "tru", "nul", "[\"\\x\"]"})
    void nonStandardJsonIsInvalidSyntax(String json) {
      invalidSyntax(() -> JSON.read(json));
    }

    @Test
    void malformedInputIsNotEchoedAtLength() {
      String huge = "x".repeat(100_000);
      for (String json : List.of("{\"a\": tru" + huge + "}", "{\"a\": \"" + huge, "[" + huge + "]",
          "{\"" + huge.substring(0, 1000) + "\" 1}", "{\"a\":1,\"a\":" + huge + "}")) {
        ScimPatchException e = invalidSyntax(() -> JSON.read(utf8(json)));
        assertThat(e.getMessage()).hasSizeLessThan(300).doesNotContain("x".repeat(80));
        assertThat(e.detail()).hasSizeLessThan(300);
      }
    }
  }

  @Nested
  class Limits {

    @Test
    void nestingUpTo32IsRead() {
      assertThat(JSON.read(nested("[", "]", 32))).isInstanceOf(ScimArray.class);
      assertThat(JSON.read(utf8("{\"a\":".repeat(31) + "{}" + "}".repeat(31)))).isInstanceOf(ScimObject.class);
      assertThat(JSON.read(nested("[", "]", 32).replace("[]", "[1]"))).isInstanceOf(ScimArray.class);
    }

    @Test
    void nestingBeyond32IsInvalidSyntax() {
      for (String json : List.of(nested("[", "]", 33), nested("[", "]", 10_000),
          "{\"a\":" + nested("[", "]", 32) + "}", nested("[{\"a\":", "}]", 17))) {
        ScimPatchException e = invalidSyntax(() -> JSON.read(utf8(json)));
        assertThat(e.getMessage()).contains("exceeds a limit");
        invalidSyntax(() -> JSON.read(json));
        invalidSyntax(() -> JSON.read(new StringReader(json)));
        invalidSyntax(() -> JSON.read(new ByteArrayInputStream(utf8(json))));
      }
    }

    @Test
    void otherDepthLimit() {
      ScimJson shallow = ScimJson.of(dev.scimpatch.Limits.builder().maxJsonDepth(3).build());
      assertThat(shallow.read("[[[1]]]")).isEqualTo(ScimArray.of(ScimArray.of(ScimArray.of(ScimNumber.of(1)))));
      invalidSyntax(() -> shallow.read("[[[[]]]]"));
      invalidSyntax(() -> shallow.fromJsonNode(nestedArrays(5)));
      ScimJson deep = ScimJson.of(dev.scimpatch.Limits.builder().maxJsonDepth(200).build());
      assertThat(deep.read(nested("[", "]", 200))).isInstanceOf(ScimArray.class);
      invalidSyntax(() -> deep.read(nested("[", "]", 201)));
    }

    @Test
    void documentOverTheLengthLimitIsInvalidSyntax() {
      ScimJson small = ScimJson.of(dev.scimpatch.Limits.builder().maxDocumentLength(12).build());
      String fits = "[1111111111]";
      String over = "[11111111111]";
      assertThat(fits).hasSize(12);
      assertThat(small.read(fits)).isInstanceOf(ScimArray.class);
      assertThat(small.read(utf8(fits))).isInstanceOf(ScimArray.class);
      for (ThrowingCallable call : List.<ThrowingCallable>of(
          () -> small.read(over), () -> small.read(utf8(over)), () -> small.read(new StringReader(over)),
          () -> small.read(new ByteArrayInputStream(utf8(over))), () -> small.read("{\"a\":\"" + "b".repeat(1000) + "\"}"))) {
        ScimPatchException e = invalidSyntax(call);
        assertThat(e.getMessage()).contains("exceeds a limit");
      }
    }

    @Test
    void defaultLengthLimitIsOneMebibyte() {
      assertThat(JSON.limits().maxDocumentLength()).isEqualTo(1 << 20);
      String fits = "[" + "1,".repeat(((1 << 20) - 4) / 2) + "11]";
      assertThat(fits).hasSize(1 << 20);
      assertThat(JSON.read(utf8(fits))).isInstanceOf(ScimArray.class);
      invalidSyntax(() -> JSON.read(utf8(fits.replace("11]", "111]"))));
    }

    @Test
    void stringsUpTo512KibAreRead() {
      String fits = "\"" + "a".repeat(512 * 1024) + "\"";
      assertThat(JSON.read(utf8(fits))).isInstanceOf(ScimString.class);
      invalidSyntax(() -> JSON.read(utf8(fits.replace("a\"", "aa\""))));
    }

    @Test
    void longNamesAndNumbersAreInvalidSyntax() {
      invalidSyntax(() -> JSON.read("{\"" + "a".repeat(1025) + "\":1}"));
      invalidSyntax(() -> JSON.read("1".repeat(1001)));
      assertThat(JSON.read("{\"" + "a".repeat(1024) + "\":1}")).isInstanceOf(ScimObject.class);
    }

    @Test
    void limitsComeFromLimits() {
      assertThat(ScimJson.of(dev.scimpatch.Limits.defaults())).isSameAs(ScimJson.defaults());
      assertThat(ScimJson.defaults().withLimits(dev.scimpatch.Limits.defaults())).isSameAs(ScimJson.defaults());
      ScimJson resources = ScimJson.defaults().withLimits(dev.scimpatch.Limits.resourceDefaults());
      assertThat(resources.limits()).isEqualTo(dev.scimpatch.Limits.resourceDefaults());
      String big = "[" + "1,".repeat(1 << 20) + "1]";
      assertThat(resources.read(big)).isInstanceOf(ScimArray.class);
      invalidSyntax(() -> JSON.read(big));
      ScimJson tiny = ScimJson.of(dev.scimpatch.Limits.builder().maxDocumentLength(2).maxJsonDepth(1).build());
      assertThat(tiny.read("{}")).isEqualTo(ScimObject.empty());
      invalidSyntax(() -> tiny.read("[[]]"));
      assertThatThrownBy(() -> ScimJson.of(null)).isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  class Sources {

    private static final String DOC = "{\"userName\":\"bjensen\",\"name\":{\"givenName\":\"Zoë 😀\"},\"n\":1.50,\"a\":[true,null]}";

    private final ScimObject expected = ScimObject.builder()
        .put("userName", ScimString.of("bjensen"))
        .put("name", ScimObject.of("givenName", ScimString.of("Zoë 😀")))
        .put("n", ScimNumber.parse("1.50"))
        .put("a", ScimArray.of(ScimBoolean.TRUE, ScimNull.INSTANCE))
        .build();

    @Test
    void bytesStringsReadersAndStreamsAgree() {
      assertThat(JSON.read(utf8(DOC))).isEqualTo(expected);
      assertThat(JSON.read(DOC)).isEqualTo(expected);
      assertThat(JSON.read(new StringReader(DOC))).isEqualTo(expected);
      assertThat(JSON.read(new ByteArrayInputStream(utf8(DOC)))).isEqualTo(expected);
      assertThat(JSON.readObject(utf8(DOC))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
    void streamsInEveryRfc8259Encoding(String charset) {
      byte[] bytes = DOC.getBytes(Charset.forName(charset));
      assertThat(JSON.read(new ByteArrayInputStream(bytes))).isEqualTo(expected);
      assertThat(JSON.read(bytes)).isEqualTo(expected);
    }

    @Test
    void readObjectRefusesOtherDocuments() {
      ScimPatchException e = invalidSyntax(() -> JSON.readObject(utf8("[]")));
      assertThat(e.getMessage()).contains("array");
    }

    @Test
    void streamsAndReadersAreNotClosed() {
      boolean[] closed = new boolean[4];
      InputStream in = new FilterInputStream(new ByteArrayInputStream(utf8(DOC))) {
        @Override
        public void close() throws IOException {
          closed[0] = true;
          super.close();
        }
      };
      Reader reader = new StringReader(DOC) {
        @Override
        public void close() {
          closed[1] = true;
          super.close();
        }
      };
      ByteArrayOutputStream sink = new ByteArrayOutputStream();
      FilterOutputStream out = new FilterOutputStream(sink) {
        @Override
        public void close() throws IOException {
          closed[2] = true;
          super.close();
        }
      };
      StringWriter chars = new StringWriter();
      Writer writer = new Writer() {
        @Override
        public void write(char[] cbuf, int off, int len) {
          chars.write(cbuf, off, len);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {
          closed[3] = true;
        }
      };
      assertThat(JSON.read(in)).isEqualTo(expected);
      assertThat(JSON.read(reader)).isEqualTo(expected);
      JSON.write(expected, out);
      JSON.write(expected, writer);
      assertThat(closed).containsOnly(false);
      assertThat(sink.toByteArray()).isEqualTo(JSON.writeBytes(expected));
      assertThat(chars.toString()).isEqualTo(JSON.writeString(expected)).isEqualTo(text(JSON.writeBytes(expected)));
    }

    @Test
    void writesCompactlyInMemberOrderWithNamesAsSpelled() {
      ScimObject o = (ScimObject) JSON.read("{ \"b\" : 1 , \"UserName\" : [ ] , \"a\" : { } }");
      assertThat(JSON.writeString(o)).isEqualTo("{\"b\":1,\"UserName\":[],\"a\":{}}");
    }

    @Test
    void databindParserFromTheStart() throws IOException {
      try (JsonParser p = MAPPER.createParser("{\"n\":1.50,\"big\":12345678901234567890.123456789,\"a\":[1]} [2]")) {
        ScimNode n = JSON.read(p);
        assertThat(JSON.writeString(n)).isEqualTo("{\"n\":1.50,\"big\":12345678901234567890.123456789,\"a\":[1]}");
        assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
        assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
        assertThat(JSON.read(p)).isEqualTo(ScimArray.of(ScimNumber.of(2)));
        assertThat(p.currentToken()).isEqualTo(JsonToken.END_ARRAY);
      }
    }

    @Test
    void databindParserOnANestedValue() throws IOException {
      try (JsonParser p = MAPPER.createParser("{\"skip\":1,\"take\":{\"x\":\"y\"},\"after\":true}")) {
        assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
        p.nextToken();
        p.nextToken();
        p.nextToken();
        assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
        assertThat(JSON.read(p)).isEqualTo(ScimObject.of("x", ScimString.of("y")));
        assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
        assertThat(p.nextToken()).isEqualTo(JsonToken.FIELD_NAME);
        assertThat(p.currentName()).isEqualTo("after");
      }
    }

    @Test
    void databindParserProblemsAreInvalidSyntax() throws IOException {
      for (String json : List.of("", "{\"a\":1,\"A\":2}", "[1e1001]", "[1,", "{\"a\" 1}")) {
        try (JsonParser p = MAPPER.createParser(json)) {
          invalidSyntax(() -> JSON.read(p));
        }
      }
    }
  }

  @Nested
  class JsonNodeConversion {

    @Test
    void toJsonNodeKeepsTypesOrderAndSpelling() {
      ScimObject o = (ScimObject) JSON.read(
          "{\"Zeta\":\"s\",\"alpha\":1.50,\"n\":-7,\"t\":true,\"f\":false,\"z\":null,\"arr\":[{\"x\":[]}],\"obj\":{}}");
      JsonNode tree = JSON.toJsonNode(o);
      assertThat(tree).isInstanceOf(ObjectNode.class);
      assertThat(tree.fieldNames()).toIterable().containsExactly("Zeta", "alpha", "n", "t", "f", "z", "arr", "obj");
      assertThat(tree.get("Zeta")).isEqualTo(TextNode.valueOf("s"));
      assertThat(tree.get("alpha")).isInstanceOf(DecimalNode.class);
      assertThat(tree.get("n").decimalValue()).isEqualByComparingTo("-7");
      assertThat(tree.get("t")).isEqualTo(BooleanNode.TRUE);
      assertThat(tree.get("f")).isEqualTo(BooleanNode.FALSE);
      assertThat(tree.get("z")).isEqualTo(NullNode.getInstance());
      assertThat(tree.get("arr").isArray()).isTrue();
      assertThat(tree.get("obj").isObject()).isTrue();
      assertThat(JSON.toObjectNode(o)).isEqualTo(tree);
      assertThat(JSON.fromJsonNode(tree)).isEqualTo(o);
      assertThat(JSON.writeString(JSON.fromJsonNode(tree))).isEqualTo(JSON.writeString(o));
    }

    @Test
    void fromJsonNodeOfMapperTrees() throws IOException {
      JsonNode tree = MAPPER.readTree("{\"userName\":\"bjensen\",\"emails\":[{\"primary\":true}],\"n\":5}");
      assertThat(JSON.fromJsonNode(tree)).isEqualTo(JSON.read(tree.toString()));
    }

    @Test
    void doubleNodesConvertThroughTheirDecimalText() {
      assertThat(JSON.fromJsonNode(DoubleNode.valueOf(0.1))).isEqualTo(ScimNumber.parse("0.1"));
      assertThat(((ScimNumber) JSON.fromJsonNode(DoubleNode.valueOf(0.1))).value()).isEqualTo(new BigDecimal("0.1"));
      assertThat(JSON.fromJsonNode(DoubleNode.valueOf(1.5))).isEqualTo(ScimNumber.parse("1.5"));
      assertThat(JSON.fromJsonNode(DoubleNode.valueOf(1e300))).isEqualTo(ScimNumber.parse("1e300"));
      assertThat(JSON.fromJsonNode(DoubleNode.valueOf(-0.0))).isEqualTo(ScimNumber.of(0));
    }

    @Test
    void integerNodesConvertExactly() {
      BigInteger huge = new BigInteger("123456789012345678901234567890123456789");
      assertThat(((ScimNumber) JSON.fromJsonNode(BigIntegerNode.valueOf(huge))).value()).isEqualTo(new BigDecimal(huge));
      assertThat(((ScimNumber) JSON.fromJsonNode(LongNode.valueOf(Long.MAX_VALUE))).value())
          .isEqualTo(BigDecimal.valueOf(Long.MAX_VALUE));
      assertThat(((ScimNumber) JSON.fromJsonNode(LongNode.valueOf(Long.MIN_VALUE))).value())
          .isEqualTo(BigDecimal.valueOf(Long.MIN_VALUE));
      assertThat(JSON.fromJsonNode(IntNode.valueOf(42))).isEqualTo(ScimNumber.of(42));
      assertThat(JSON.fromJsonNode(DecimalNode.valueOf(new BigDecimal("12345678901234567890.123456789"))).toString())
          .isEqualTo("12345678901234567890.123456789");
    }

    @Test
    void nonFiniteNumbersAreInvalidSyntax() {
      invalidSyntax(() -> JSON.fromJsonNode(DoubleNode.valueOf(Double.NaN)));
      invalidSyntax(() -> JSON.fromJsonNode(DoubleNode.valueOf(Double.POSITIVE_INFINITY)));
      ObjectNode o = NODES.objectNode();
      o.putArray("a").add(Double.NEGATIVE_INFINITY);
      invalidSyntax(() -> JSON.fromJsonNode(o));
    }

    @Test
    void decimalScaleBeyondTheLimitIsInvalidSyntax() {
      invalidSyntax(() -> JSON.fromJsonNode(DecimalNode.valueOf(new BigDecimal("1e1001"))));
      invalidSyntax(() -> JSON.fromJsonNode(DecimalNode.valueOf(new BigDecimal("1e-1001"))));
    }

    @Test
    void nodesConvertAsJacksonWritesThemAndPojosAreInvalidSyntax() {
      // Jackson writes binary as base64 and a node holding null as null; a POJO needs a mapper.
      assertThat(JSON.fromJsonNode(BinaryNode.valueOf(new byte[] {1, 2}))).isEqualTo(ScimString.of("AQI="));
      assertThat(JSON.fromJsonNode(new BinaryNode(null))).isEqualTo(ScimNull.INSTANCE);
      assertThat(JSON.fromJsonNode(new TextNode(null))).isEqualTo(ScimNull.INSTANCE);
      assertThat(JSON.fromJsonNode(new DecimalNode(null))).isEqualTo(ScimNull.INSTANCE);
      assertThat(JSON.fromJsonNode(new BigIntegerNode(null))).isEqualTo(ScimNull.INSTANCE);
      assertThat(JSON.fromJsonNode(new POJONode(null))).isEqualTo(ScimNull.INSTANCE);
      invalidSyntax(() -> JSON.fromJsonNode(new POJONode(new Object())));
      assertThat(JSON.fromJsonNode(MissingNode.getInstance())).isEqualTo(ScimNull.INSTANCE);
    }

    @Test
    void treesAreHeldToTheLimitsOfText() {
      // A 200,001-digit integer, a name and a string one past their limits.
      invalidSyntax(() -> JSON.fromJsonNode(new BigIntegerNode(java.math.BigInteger.TEN.pow(200_000))));
      assertThat(JSON.fromJsonNode(new BigIntegerNode(java.math.BigInteger.TEN.pow(999)))).isInstanceOf(ScimNumber.class);
      invalidSyntax(() -> JSON.fromJsonNode(new BigIntegerNode(java.math.BigInteger.TEN.pow(1000))));
      ObjectNode longName = NODES.objectNode();
      longName.put("a".repeat(1025), 1);
      invalidSyntax(() -> JSON.fromJsonNode(longName));
      ObjectNode fits = NODES.objectNode();
      fits.put("a".repeat(1024), 1);
      assertThat(JSON.fromJsonNode(fits)).isInstanceOf(ScimObject.class);
      invalidSyntax(() -> JSON.fromJsonNode(new TextNode("a".repeat(512 * 1024 + 1))));
      assertThat(JSON.fromJsonNode(new TextNode("a".repeat(512 * 1024)))).isInstanceOf(ScimString.class);
    }

    /** Issue 12: errors in SCIM terms, without the Jackson API a limit comes from. */
    @Test
    void limitErrorsNameNoJacksonClass() {
      ScimJson small = ScimJson.of(dev.scimpatch.Limits.builder().maxDocumentLength(10).build());
      ScimPatchException e = invalidSyntax(() -> small.read("{\"a\": \"0123456789\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      assertThat(e.getMessage()).contains("exceeds").doesNotContain("StreamReadConstraints", "`", "Jackson");
      ScimPatchException deep = invalidSyntax(() -> JSON.read("[".repeat(40) + "]".repeat(40)));
      assertThat(deep.getMessage()).doesNotContain("StreamReadConstraints", "`");
    }

    /** A tree counts as the bytes the codec writes for it: a NUL is six ({@code \\u0000}). */
    @Test
    void treesCountTheBytesOfTheirEscapedText() {
      ScimJson small = ScimJson.of(dev.scimpatch.Limits.builder().maxDocumentLength(62).build());
      assertThat(small.fromJsonNode(new TextNode("\u0000".repeat(10)))).isInstanceOf(ScimString.class);
      assertThat(small.writeBytes(small.fromJsonNode(new TextNode("\u0000".repeat(10))))).hasSize(62);
      invalidSyntax(() -> small.fromJsonNode(new TextNode("\u0000".repeat(10) + "a")));
      invalidSyntax(() -> small.fromJsonNode(new TextNode("\u00e9".repeat(30) + "a")));
      assertThat(small.fromJsonNode(new TextNode("\u00e9".repeat(30)))).isInstanceOf(ScimString.class);
    }

    @Test
    void sharedSubtreesCountAsTheTextTheyStandFor() {
      // 40 levels of two references to one child: 2^40 nodes as text, refused after about 1 MiB.
      JsonNode node = NODES.textNode("x");
      for (int i = 0; i < 40; i++) {
        ArrayNode pair = NODES.arrayNode();
        pair.add(node);
        pair.add(node);
        node = pair;
      }
      JsonNode shared = node;
      ScimJson deep = ScimJson.of(dev.scimpatch.Limits.builder().maxJsonDepth(64).build());
      ScimPatchException e = invalidSyntax(() -> deep.fromJsonNode(shared));
      assertThat(e.getMessage()).contains("longer than");
    }

    @Test
    void namesMatchingIgnoringAsciiCaseAreInvalidSyntax() {
      ObjectNode o = NODES.objectNode();
      o.put("userName", "a");
      o.put("USERNAME", "b");
      ScimPatchException e = invalidSyntax(() -> JSON.fromJsonNode(o));
      assertThat(e.getMessage()).contains("duplicate");
    }

    @Test
    void treesUpTo32DeepConvert() {
      assertThat(JSON.fromJsonNode(nestedArrays(32))).isEqualTo(JSON.read(nested("[", "]", 32)));
    }

    /** The JsonNode depth limit is the JSON text one: 33 nested arrays are one too many. */
    @Test
    void treesDeeperThan32AreInvalidSyntax() {
      invalidSyntax(() -> JSON.fromJsonNode(nestedArrays(40)));
      invalidSyntax(() -> JSON.fromJsonNode(nestedArrays(33)));
    }
  }
}
