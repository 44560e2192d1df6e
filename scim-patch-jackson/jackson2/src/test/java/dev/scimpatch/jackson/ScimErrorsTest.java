package dev.scimpatch.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.codec.ScimCodec;
import dev.scimpatch.jackson.testkit.JacksonRelease;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ScimErrors}: the RFC 7644 §3.12 error document, as a tree, a JsonNode and bytes. */
class ScimErrorsTest {

  /** Databind as ScimJson writes: characters beyond the BMP as UTF-8, not as escaped pairs. */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  static Stream<ScimPatchException> errors() {
    return Stream.of(
        ScimPatchException.of(ScimType.MUTABILITY, "\"id\" is readOnly (R-GEN-4)").withOperation(1, "id"),
        ScimPatchException.of(ScimType.UNIQUENESS, "userName is taken"),
        ScimPatchException.of(ScimType.SENSITIVE, "no"),
        ScimPatchException.invalidFilter("expected ']'", "emails[type eq \"work\"", 21).withOperation(0, "emails[type eq \"work\""),
        ScimPatchException.invalidPath("bad \u0000 \"quoted\" \\ é 😀 \ud800", "a\tb\nc", 1),
        ScimPatchException.ofStatus(500, "the stored resource is not a JSON object but array"),
        ScimPatchException.ofStatus(413, "too large"));
  }

  @ParameterizedTest
  @MethodSource("errors")
  void documentShape(ScimPatchException e) {
    ScimObject doc = ScimErrors.toNode(e);
    List<String> names = e.scimType() == null
        ? List.of("schemas", "status", "detail")
        : List.of("schemas", "status", "scimType", "detail");
    assertThat(doc.names()).containsExactlyElementsOf(names);
    assertThat(doc.get("schemas")).isEqualTo(ScimArray.of(ScimString.of("urn:ietf:params:scim:api:messages:2.0:Error")));
    assertThat(doc.get("status")).isEqualTo(ScimString.of(Integer.toString(e.status())));
    assertThat(doc.get("detail")).isEqualTo(ScimString.of(e.getMessage()));
    if (e.scimType() != null) {
      assertThat(doc.get("scimType")).isEqualTo(ScimString.of(e.scimType().keyword()));
    }
    assertThat(ScimErrors.SCHEMA).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
    assertThat(ScimErrors.MEDIA_TYPE).isEqualTo("application/scim+json");
  }

  @ParameterizedTest
  @MethodSource("errors")
  void bytesEqualTheJsonNodeForm(ScimPatchException e) throws IOException {
    byte[] bytes = ScimErrors.toBytes(e);
    ObjectNode node = ScimErrors.toJsonNode(e);
    assertThat(MAPPER.readTree(bytes)).isEqualTo(node);
    if (JacksonRelease.WRITES_UNPAIRED_SURROGATES || !ScimCodec.hasUnpairedSurrogate(e.getMessage())) {
      assertThat(MAPPER.writeValueAsBytes(node)).isEqualTo(bytes);
    }
    assertThat(ScimJson.defaults().read(bytes)).isEqualTo(ScimErrors.toNode(e));
    assertThat(ScimJson.defaults().toJsonNode(ScimErrors.toNode(e))).isEqualTo(node);
    assertThat(node.get("status").isTextual()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(ScimType.class)
  void everyScimTypeWithItsStatus(ScimType type) throws IOException {
    JsonNode doc = MAPPER.readTree(ScimErrors.toBytes(ScimPatchException.of(type, "why")));
    assertThat(doc.get("status").textValue()).isEqualTo(Integer.toString(type.status()));
    assertThat(doc.get("scimType").textValue()).isEqualTo(type.keyword());
    assertThat(doc.get("detail").textValue()).isEqualTo("why");
  }

  @Test
  void exampleOfTheJavadoc() {
    ScimPatchException e = ScimPatchException.of(ScimType.MUTABILITY, "\"id\" is readOnly (R-GEN-4)").withOperation(1, "id");
    assertThat(new String(ScimErrors.toBytes(e), StandardCharsets.UTF_8)).isEqualTo(
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"400\","
            + "\"scimType\":\"mutability\",\"detail\":\"operation 1 (path \\\"id\\\"): \\\"id\\\" is readOnly (R-GEN-4)\"}");
  }

  @Test
  void noScimTypeMemberWithoutAScimType() throws IOException {
    JsonNode doc = MAPPER.readTree(ScimErrors.toBytes(ScimPatchException.ofStatus(500, "x")));
    assertThat(doc.has("scimType")).isFalse();
    assertThat(doc.get("status").textValue()).isEqualTo("500");
  }
}
