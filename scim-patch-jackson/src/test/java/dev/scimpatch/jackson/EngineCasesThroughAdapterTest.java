package dev.scimpatch.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimpatch.PatchRequest;
import dev.scimpatch.PatchResult;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.testsupport.Json;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The core engine's rule cases once more, through the adapter as a server meets them: the
 * resource and a PatchOp body as raw UTF-8 JSON, {@link ScimPatch#apply(byte[], byte[])} and
 * {@link ScimPatch#applyForResult(byte[], byte[])}, the output parsed back. So the adapter's
 * JSON reading, request reading ({@link dev.scimpatch.PatchMessages}) and writing agree with the
 * engine's rules.
 *
 * <p>A case whose error comes {@code "when": "building"} the request is one the adapter refuses
 * while reading the body, with the same status and scimType; every other case's body must read.
 */
class EngineCasesThroughAdapterTest {

  private static final List<String> FILES = List.of(
      "general", "add", "remove", "replace", "nopath", "characteristics", "extensions", "rfc7644-examples");

  /** Writes test data as it stands, numbers exactly (BigDecimal text). */
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  @TestFactory
  Stream<DynamicNode> engineCases() {
    JsonNode fixtures = Json.resource("/rules/engine/fixtures.json").get("resources");
    return FILES.stream().map(file -> DynamicContainer.dynamicContainer(file,
        Json.cases("/rules/engine/" + file + ".json").stream().map(c -> DynamicTest.dynamicTest(
            c.get("rule").asText() + ": " + c.get("name").asText(), () -> run(c, fixtures)))));
  }

  private static ScimPatch patch(String schema) {
    return ScimPatch.builder().schema(schema(schema)).build();
  }

  private static ResourceSchema schema(String name) {
    return switch (name) {
      case "User" -> ResourceSchemas.user();
      case "Group" -> ResourceSchemas.group();
      case "Device" -> device();
      case "none" -> null;
      default -> throw new IllegalArgumentException("unknown schema in test data: " + name);
    };
  }

  /**
   * The core tests' Device schema, {@code EngineRulesTest.DEVICE} of the core test-jar: package
   * private there, so read reflectively (tests run on the class path, where that is allowed).
   */
  private static ResourceSchema device() {
    try {
      Field device = Class.forName("dev.scimpatch.engine.EngineRulesTest").getDeclaredField("DEVICE");
      device.setAccessible(true);
      return (ResourceSchema) device.get(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      Assumptions.abort("the Device schema is EngineRulesTest.DEVICE, package-private in the core test-jar, "
          + "and cannot be read here (" + e + "); the core's EngineRulesTest runs these cases");
      throw new AssertionError(e); // not reached
    }
  }

  private static void run(JsonNode c, JsonNode fixtures) throws Exception {
    ScimPatch patch = patch(c.path("schema").asText("none"));
    JsonNode resourceJson = c.get("resource");
    JsonNode resource = resourceJson.isTextual() ? fixtures.get(resourceJson.asText().substring(1)) : resourceJson;
    assertThat(resource).as("resource %s", resourceJson).isNotNull();
    byte[] resourceBytes = MAPPER.writeValueAsBytes(resource);
    ObjectNode body = MAPPER.createObjectNode();
    body.putArray("schemas").add(PatchRequest.SCHEMA);
    body.set("Operations", c.get("operations"));
    byte[] bodyBytes = MAPPER.writeValueAsBytes(body);
    JsonNode error = c.get("error");

    if (error != null) {
      ScimPatchException e = catchThrowableOfType(ScimPatchException.class,
          () -> patch.applyForResult(resourceBytes, bodyBytes));
      assertThat(e).as("expected %s", error).isNotNull();
      assertError(error, e);
      ScimPatchException reading = catchThrowableOfType(ScimPatchException.class, () -> patch.readRequest(bodyBytes));
      if ("building".equals(error.path("when").asText())) {
        assertThat(reading).as("the adapter refuses the body while reading it").isNotNull();
        assertError(error, reading);
      } else {
        assertThat(reading).as("the body reads; the error comes applying it").isNull();
      }
      return;
    }

    ScimObject input = (ScimObject) Json.toNode(resource);
    byte[] out = patch.apply(resourceBytes, bodyBytes);
    PatchResult result = patch.applyForResult(resourceBytes, bodyBytes);
    ScimNode patched = ScimJson.defaults().read(out);
    ScimObject expected = expected(c, input);
    assertThat(patched).isEqualTo(expected);
    assertSpelling(expected, patched, "");
    assertThat(result.resource()).isEqualTo(expected);
    if (c.has("changed")) {
      assertThat(result.changed()).as("changed").isEqualTo(c.get("changed").asBoolean());
    }
    assertThat(result.changed()).as("changed agrees with the result").isEqualTo(!expected.equals(input));
  }

  /** The expected resource: "expected" whole, or the input with "expectAttributes" applied. */
  private static ScimObject expected(JsonNode c, ScimObject input) {
    if (c.has("expected")) {
      return (ScimObject) Json.toNode(c.get("expected"));
    }
    ScimObject expected = input;
    if (c.has("expectAttributes")) {
      for (Map.Entry<String, JsonNode> e : c.get("expectAttributes").properties()) {
        expected = e.getValue().isNull() ? expected.without(e.getKey())
            : expected.with(e.getKey(), Json.toNode(e.getValue()));
      }
    }
    return expected;
  }

  /** Names in the output are spelled as the expected resource spells them, at every level. */
  private static void assertSpelling(ScimNode expected, ScimNode actual, String where) {
    if (expected instanceof ScimObject e && actual instanceof ScimObject a) {
      for (ScimObject.Member m : e.members()) {
        assertThat(a.nameOf(m.name())).as("spelling of %s%s", where, m.name()).isEqualTo(m.name());
        assertSpelling(m.value(), a.get(m.name()), where + m.name() + ".");
      }
    } else if (expected instanceof ScimArray e && actual instanceof ScimArray a) {
      for (int i = 0; i < e.size(); i++) {
        assertSpelling(e.get(i), a.get(i), where + i + ".");
      }
    }
  }

  private static void assertError(JsonNode error, ScimPatchException e) {
    assertThat(e.status()).as("status: %s", e.getMessage()).isEqualTo(error.path("status").asInt(400));
    if (error.has("scimType")) {
      assertThat(e.scimType()).as("scimType: %s", e.getMessage()).isNotNull();
      assertThat(e.scimType().keyword()).as("scimType: %s", e.getMessage()).isEqualTo(error.get("scimType").asText());
    }
    if (error.has("operation")) {
      assertThat(e.operationIndex()).as("operation index: %s", e.getMessage()).isEqualTo(error.get("operation").asInt());
      assertThat(e.getMessage()).startsWith("operation " + error.get("operation").asInt());
    }
    if (!error.has("scimType") && !error.has("status")) {
      fail("a case's error names a status or a scimType: %s", error);
    }
  }
}
