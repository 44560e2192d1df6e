package dev.scimpatch.jackson.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.codec.ErrorDocument;
import dev.scimpatch.codec.PrettyJson;
import dev.scimpatch.jackson.ScimJson;
import dev.scimpatch.jackson.testkit.DocumentGenerator;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.schema.SchemaJson;
import dev.scimpatch.testkit.Property;
import dev.scimpatch.testkit.ResourceGenerator;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNull;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The core's {@link PrettyJson}, which the command-line tool prints with, writes exactly the text
 * the tool printed with Jackson 2 before it moved to the core: Jackson's {@link DefaultPrettyPrinter}
 * with a {@code "\n"} object indenter, writing to characters. Same characters, so the same bytes
 * through any {@link PrintStream}.
 */
class PrettyJsonTest {

  private static final DocumentGenerator DOCUMENTS = new DocumentGenerator();
  private static final ResourceGenerator RESOURCES = new ResourceGenerator();

  /** What the Jackson 2 tool printed: its {@code Main.pretty}, as it was. */
  static String jackson(ScimNode node) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
          .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
      g.setPrettyPrinter(printer);
      ScimJson.defaults().write(node, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** The bytes {@code println} puts out for the text, in a charset. */
  private static byte[] printed(String text, Charset charset) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream p = new PrintStream(bytes, true, charset)) {
      p.println(text);
    }
    return bytes.toByteArray();
  }

  private static void assertSame(ScimNode node) {
    String expected = jackson(node);
    String actual = PrettyJson.write(node);
    assertThat(actual).as("the text of %s", ScimJson.defaults().writeString(node)).isEqualTo(expected);
    assertThat(printed(actual, StandardCharsets.UTF_8)).isEqualTo(printed(expected, StandardCharsets.UTF_8));
  }

  @TestFactory
  Stream<DynamicTest> generatedDocumentsPrintAsJacksonPrintsThem() {
    return Property.cases("PrettyJson.write(x) is Jackson 2's DefaultPrettyPrinter text", rng -> {
      ScimNode x = rng.nextInt(4) == 0 ? RESOURCES.resource(rng) : DOCUMENTS.document(rng);
      assertSame(x);
      // Deep documents, containers in containers: the indentation counts objects, not arrays.
      assertSame(DOCUMENTS.spine(rng, 1 + rng.nextInt(40)));
      assertSame(DOCUMENTS.value(rng, 6));
    });
  }

  @Test
  void everyCharacterOfTheBasicPlaneInNamesAndStrings() {
    for (int from = 0; from < 0x10000; from += 0x100) {
      StringBuilder all = new StringBuilder();
      StringBuilder valid = new StringBuilder();
      ScimObject.Builder names = ScimObject.builder();
      ScimArray.Builder strings = ScimArray.builder();
      for (int c = from; c < from + 0x100; c++) {
        all.append((char) c);
        strings.add(ScimString.of(String.valueOf((char) c)));
        if (!Character.isSurrogate((char) c)) {
          valid.append((char) c);
          names.put("n" + (char) c + "\"" + c, ScimNumber.of(c));
        }
      }
      // Member names hold no unpaired surrogate (see below); strings may.
      assertSame(ScimObject.of(valid.toString(), strings.build(), "all", ScimString.of(all.toString()))
          .with("names", names.build()));
    }
  }

  @Test
  void unpairedSurrogatesAndSupplementaryCharacters() {
    List<String> strings = List.of("\ud800", "\udfff", "x\ud800", "\ud800y", "\udc00\ud800", "\ud83d\ude00",
        "\ud83d\ude00\ud83d", "\ude00\ud83d\ude00", "a\u0000b\u001fc\u007fd\u0080e\u2028f\u2029g\ufeffh\uffff",
        "\\u0041\"\\\"\b\t\n\f\r\u000b\u001b", "");
    for (String s : strings) {
      assertSame(ScimString.of(s));
      assertSame(ScimObject.of("a", ScimArray.of(ScimString.of(s), ScimObject.of("b", ScimString.of(s)))));
    }
    // Through a PrintStream an unpaired surrogate comes out as the encoder's replacement, alike.
    String text = PrettyJson.write(ScimString.of("x\ud800y"));
    assertThat(printed(text, StandardCharsets.UTF_8)).isEqualTo("\"x?y\"\n".getBytes(StandardCharsets.UTF_8));
    assertThat(printed(text, StandardCharsets.ISO_8859_1)).isEqualTo(printed(jackson(ScimString.of("x\ud800y")),
        StandardCharsets.ISO_8859_1));
  }

  @Test
  void aMemberNameWithAnUnpairedSurrogateIsRefusedAlike() {
    ScimObject bad = ScimObject.of("a", ScimObject.of("x\ud800", ScimNull.INSTANCE));
    assertThatThrownBy(() -> jackson(bad)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PrettyJson.write(bad)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unpaired surrogate");
  }

  @Test
  void numbersAsTheTreeHoldsThem() {
    List<ScimNode> numbers = new ArrayList<>();
    for (String n : List.of("0", "-0", "0.0", "-0.00", "1", "-1", "1.50", "1e3", "1E+3", "-1e-3", "0E-7", "12.5e10",
        "123456789012345678901234567890", "0.000001", "0.0000001", "1e-7", "9.99e999", "-1.0E-999", "100", "1e2",
        "3.14159265358979323846264338327950288")) {
      numbers.add(ScimNumber.of(new BigDecimal(n)));
    }
    numbers.add(ScimNumber.of(Long.MIN_VALUE));
    numbers.add(ScimNumber.of(Long.MAX_VALUE));
    ScimArray array = ScimArray.of(numbers.toArray(new ScimNode[0]));
    assertSame(array);
    for (ScimNode n : numbers) {
      assertSame(n);
      assertSame(ScimObject.of("n", n));
    }
  }

  @Test
  void emptyAndNestedContainers() {
    ScimObject empty = ScimObject.empty();
    ScimArray none = ScimArray.empty();
    List<ScimNode> shapes = List.of(empty, none, ScimArray.of(empty), ScimArray.of(none), ScimArray.of(none, empty),
        ScimArray.of(empty, empty), ScimArray.of(ScimArray.of(none, ScimArray.of(empty))),
        ScimObject.of("a", empty), ScimObject.of("a", none), ScimObject.of("a", ScimArray.of(ScimObject.of("b", none))),
        ScimObject.of("a", ScimObject.of("b", ScimObject.of("c", ScimArray.of(ScimObject.of("d", ScimBoolean.TRUE),
            ScimArray.of(ScimObject.of("e", ScimNull.INSTANCE)), ScimBoolean.FALSE)))).with("f", empty),
        ScimBoolean.TRUE, ScimBoolean.FALSE, ScimNull.INSTANCE, ScimString.of("s"));
    for (ScimNode shape : shapes) {
      assertSame(shape);
    }
    assertThat(PrettyJson.write(ScimObject.of("a", ScimArray.of(ScimObject.of("b", none), empty)).with("c", empty)))
        .isEqualTo("{\n  \"a\" : [ {\n    \"b\" : [ ]\n  }, { } ],\n  \"c\" : { }\n}");
  }

  @Test
  void whatTheToolPrints() {
    assertSame(SchemaJson.writeSchemas(List.of(ResourceSchemas.userSchema(), ResourceSchemas.enterpriseUserSchema(),
        ResourceSchemas.groupSchema())));
    assertSame(ErrorDocument.of(ScimPatchException.of(ScimType.MUTABILITY, "\"id\" is readOnly\u0000\ud800 é")));
    assertSame(ErrorDocument.of(ScimPatchException.ofStatus(412, "the version is not W/\"1\"")));
  }
}
