package dev.scimpatch.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimpatch.PatchResult;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.path.Path;
import dev.scimpatch.path.PathParser;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.testsupport.Cases;
import dev.scimpatch.testsupport.Json;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import java.util.ArrayList;
import java.util.List;
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


  private static final List<String> FILES = List.of(
      "general", "add", "remove", "replace", "nopath", "characteristics", "extensions", "rfc7644-examples");

  @TestFactory
  Stream<DynamicNode> rules() {
    JsonNode fixtures = Json.resource("/rules/engine/fixtures.json").get("resources");
    return FILES.stream().map(file -> DynamicContainer.dynamicContainer(file,
        Json.cases("/rules/engine/" + file + ".json").stream().map(c -> DynamicTest.dynamicTest(
            c.get("rule").asText() + ": " + c.get("name").asText(), () -> run(c, fixtures)))));
  }

  private static void run(JsonNode c, JsonNode fixtures) {
    String schemaName = c.path("schema").asText("none");
    ResourceSchema schema = Cases.schema(schemaName);
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
      Cases.assertError(error, e);
      return;
    }
    if (error != null) {
      ScimPatchException e = catchThrowableOfType(ScimPatchException.class, () -> engine.apply(input, request));
      assertThat(e).as("expected %s", error).isNotNull();
      Cases.assertError(error, e);
      assertThat(input.toString()).as("the input is untouched").isEqualTo(before);
      return;
    }
    PatchResult result = engine.apply(input, request);
    assertThat(input.toString()).as("the input is untouched").isEqualTo(before);
    Cases.assertResult(c, input, result);
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
