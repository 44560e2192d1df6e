package dev.scimpatch.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.scimpatch.codec.ScimCodec;
import dev.scimpatch.jackson.testkit.DocumentGenerator;
import dev.scimpatch.jackson.testkit.JacksonRelease;
import dev.scimpatch.testkit.Property;
import dev.scimpatch.testkit.ResourceGenerator;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Generated documents go from tree to bytes to tree to bytes exactly: the second writing is the
 * first, byte for byte, and the tree read back equals the one written. Likewise through Jackson's
 * {@link JsonNode}.
 */
class RoundTripPropertyTest {

  private static final ScimJson JSON = ScimJson.defaults();
  private static final DocumentGenerator DOCUMENTS = new DocumentGenerator();
  private static final ResourceGenerator RESOURCES = new ResourceGenerator();
  /** Databind as ScimJson writes: characters beyond the BMP as UTF-8, not as escaped pairs. */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  private static boolean hasUnpairedSurrogate(ScimNode n) {
    return switch (n.kind()) {
      case STRING -> ScimCodec.hasUnpairedSurrogate(((ScimString) n).value());
      case ARRAY -> ((ScimArray) n).stream().anyMatch(RoundTripPropertyTest::hasUnpairedSurrogate);
      case OBJECT -> ((ScimObject) n).values().stream().anyMatch(RoundTripPropertyTest::hasUnpairedSurrogate);
      default -> false;
    };
  }

  private static ScimNode document(java.util.random.RandomGenerator rng) {
    return rng.nextInt(4) == 0 ? RESOURCES.resource(rng) : DOCUMENTS.document(rng);
  }

  @TestFactory
  Stream<DynamicTest> bytesRoundTrip() {
    return Property.cases("read(writeBytes(x)) equals x, and writes the same bytes", rng -> {
      ScimNode x = document(rng);
      byte[] written = JSON.writeBytes(x);
      ScimNode read = JSON.read(written);
      assertThat(read).as("read back").isEqualTo(x);
      assertThat(read.hashCode()).as("hash code").isEqualTo(x.hashCode());
      assertThat(JSON.writeBytes(read)).as("written again").isEqualTo(written);
      String text = JSON.writeString(x);
      assertThat(JSON.read(new StringReader(text))).as("read from characters").isEqualTo(x);
      assertThat(JSON.writeString(JSON.read(text))).as("characters written again").isEqualTo(text);
    });
  }

  @TestFactory
  Stream<DynamicTest> jsonNodeRoundTrip() {
    return Property.cases("fromJsonNode(toJsonNode(x)) equals x, and writes the same bytes", rng -> {
      ScimNode x = document(rng);
      JsonNode tree = JSON.toJsonNode(x);
      ScimNode back = JSON.fromJsonNode(tree);
      assertThat(back).as("back from JsonNode").isEqualTo(x);
      byte[] written = JSON.writeBytes(x);
      assertThat(JSON.writeBytes(back)).as("written after the JsonNode trip").isEqualTo(written);
      assertThat(JSON.toJsonNode(back)).as("toJsonNode again").isEqualTo(tree);
      if (JacksonRelease.WRITES_UNPAIRED_SURROGATES || !hasUnpairedSurrogate(x)) {
        try {
          assertThat(MAPPER.writeValueAsBytes(tree)).as("databind writes the same bytes").isEqualTo(written);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    });
  }
}
