package dev.scimpatch.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimpatch.PatchResult;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.testsupport.Cases;
import dev.scimpatch.testsupport.Json;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import java.util.List;
import java.util.stream.Stream;
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
    return ScimPatch.builder().schema(Cases.schema(schema)).build();
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
      Cases.assertError(error, e);
      ScimPatchException reading = catchThrowableOfType(ScimPatchException.class, () -> patch.readRequest(bodyBytes));
      if ("building".equals(error.path("when").asText())) {
        assertThat(reading).as("the adapter refuses the body while reading it").isNotNull();
        Cases.assertError(error, reading);
      } else {
        assertThat(reading).as("the body reads; the error comes applying it").isNull();
      }
      return;
    }

    ScimObject input = (ScimObject) Json.toNode(resource);
    byte[] out = patch.apply(resourceBytes, bodyBytes);
    PatchResult result = patch.applyForResult(resourceBytes, bodyBytes);
    ScimNode patched = ScimJson.defaults().read(out);
    ScimObject expected = Cases.expected(c, input);
    assertThat(patched).isEqualTo(expected);
    Cases.assertSpelling(expected, patched);
    assertThat(result.resource()).isEqualTo(expected);
    if (c.has("changed")) {
      assertThat(result.changed()).as("changed").isEqualTo(c.get("changed").asBoolean());
    }
    assertThat(result.changed()).as("changed agrees with the result").isEqualTo(!expected.equals(input));
  }
}
