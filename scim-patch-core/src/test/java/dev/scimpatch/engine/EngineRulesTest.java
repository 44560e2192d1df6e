package dev.scimpatch.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimpatch.PatchOperation;
import dev.scimpatch.PatchRequest;
import dev.scimpatch.PatchResult;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.path.Path;
import dev.scimpatch.path.PathParser;
import dev.scimpatch.schema.Attribute;
import dev.scimpatch.schema.AttributeType;
import dev.scimpatch.schema.Mutability;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.schema.Schema;
import dev.scimpatch.testsupport.Json;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The engine's rules, from the data files under {@code rules/engine}: each case names its rule of
 * the RFC 7644 rule digest, a schema, a resource, operations in their JSON form, and either the
 * expected resource or the expected error (status, scimType, operation index).
 */
class EngineRulesTest {

  /** A test schema with what the built-in ones lack: immutable, typed and case-exact attributes. */
  static final ResourceSchema DEVICE = ResourceSchema.of("Device", new Schema(
      "urn:example:params:scim:schemas:2.0:Device", "Device", "", List.of(
          Attribute.builder("hostname").required(true).build(),
          Attribute.builder("serialNumber").mutability(Mutability.IMMUTABLE).caseExact(true).build(),
          Attribute.builder("tags").multiValued(true).caseExact(true).build(),
          Attribute.builder("ports").type(AttributeType.INTEGER).multiValued(true).build(),
          Attribute.builder("weight").type(AttributeType.DECIMAL).build(),
          Attribute.builder("purchased").type(AttributeType.DATE_TIME).build(),
          Attribute.builder("firmware").type(AttributeType.BINARY).build(),
          Attribute.builder("homepage").type(AttributeType.REFERENCE).referenceTypes("external").build(),
          Attribute.builder("licenses").mutability(Mutability.IMMUTABLE).multiValued(true).build(),
          Attribute.builder("owner").subAttributes(
              Attribute.builder("value").caseExact(true).build(),
              Attribute.builder("display").mutability(Mutability.READ_ONLY).build(),
              Attribute.builder("badge").required(true).build(),
              Attribute.builder("aliases").multiValued(true).build()).build(),
          Attribute.builder("interfaces").multiValued(true).subAttributes(
              Attribute.builder("value").build(),
              Attribute.builder("mac").caseExact(true).build(),
              Attribute.builder("primary").type(AttributeType.BOOLEAN).build()).build())),
      List.of());

  private static final List<String> FILES = List.of(
      "general", "add", "remove", "replace", "nopath", "characteristics", "extensions", "rfc7644-examples");

  @TestFactory
  Stream<DynamicNode> rules() {
    JsonNode fixtures = Json.resource("/rules/engine/fixtures.json").get("resources");
    return FILES.stream().map(file -> DynamicContainer.dynamicContainer(file,
        Json.cases("/rules/engine/" + file + ".json").stream().map(c -> DynamicTest.dynamicTest(
            c.get("rule").asText() + ": " + c.get("name").asText(), () -> run(c, fixtures)))));
  }

  static ResourceSchema schema(String name) {
    return switch (name) {
      case "User" -> ResourceSchemas.user();
      case "Group" -> ResourceSchemas.group();
      case "Device" -> DEVICE;
      default -> null;
    };
  }

  private static void run(JsonNode c, JsonNode fixtures) {
    String schemaName = c.path("schema").asText("none");
    ResourceSchema schema = schema(schemaName);
    PatchEngine engine = schema == null ? PatchEngine.schemaless() : PatchEngine.of(schema);
    PathParser parser = schema == null ? PathParser.defaults()
        : PathParser.builder().schemaUrns(schema.schemaUrns()).build();
    JsonNode resourceJson = c.get("resource");
    ScimObject input = (ScimObject) Json.toNode(resourceJson.isTextual()
        ? fixtures.get(resourceJson.asText().substring(1)) : resourceJson);
    String before = input.toString();
    JsonNode error = c.get("error");

    PatchRequest request;
    try {
      request = request(c.get("operations"), parser);
    } catch (ScimPatchException e) {
      assertThat(error).as("unexpected failure building the request: %s", e.getMessage()).isNotNull();
      assertThat(error.path("when").asText()).as("the case expects the error when applying").isEqualTo("building");
      assertError(error, e);
      return;
    }
    if (error != null) {
      ScimPatchException e = catchThrowableOfType(ScimPatchException.class, () -> engine.apply(input, request));
      assertThat(e).as("expected %s", error).isNotNull();
      assertError(error, e);
      assertThat(input.toString()).as("the input is untouched").isEqualTo(before);
      return;
    }
    PatchResult result = engine.apply(input, request);
    assertThat(input.toString()).as("the input is untouched").isEqualTo(before);
    ScimObject expected = expected(c, input);
    assertThat(result.resource()).isEqualTo(expected);
    assertSpelling(expected, result.resource(), "");
    if (c.has("changed")) {
      assertThat(result.changed()).as("changed").isEqualTo(c.get("changed").asBoolean());
    }
    assertThat(result.changed()).as("changed agrees with the result").isEqualTo(!result.resource().equals(input));
    if (!result.changed()) {
      assertThat(result.resource()).isSameAs(input);
    }
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

  /** Names in the result are spelled as the expected resource spells them, at every level. */
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
  }

  /** Builds a request from operations in their RFC 7644 JSON form. */
  static PatchRequest request(JsonNode operations, PathParser parser) {
    List<PatchOperation> ops = new ArrayList<>();
    for (JsonNode op : operations) {
      Path path = op.has("path") ? parser.parse(op.get("path").asText()) : null;
      ScimNode value = op.has("value") ? Json.toNode(op.get("value")) : null;
      ops.add(switch (op.get("op").asText()) {
        case "add" -> new PatchOperation.Add(path, value);
        case "replace" -> new PatchOperation.Replace(path, value);
        case "remove" -> new PatchOperation.Remove(path);
        default -> throw new IllegalArgumentException("unknown op in test data: " + op);
      });
    }
    return new PatchRequest(ops);
  }
}
