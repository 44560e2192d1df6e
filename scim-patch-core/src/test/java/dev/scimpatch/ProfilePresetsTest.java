package dev.scimpatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimpatch.engine.PatchEngine;
import dev.scimpatch.profile.PatchMessages;
import dev.scimpatch.profile.RequestReader;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.resolve.ResolvedRequest;
import dev.scimpatch.resolve.ResourceType;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.testsupport.Cases;
import dev.scimpatch.testsupport.Json;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The presets against the requests their vendors send or document, from the data files under
 * {@code rules/profiles} (one per preset, named after it). Each case cites its source (a file of
 * {@code vendor-docs} or a section of the vendor-quirk catalogue), gives a schema, a resource
 * (inline or {@code "@fixture"}), the whole PatchOp message as the vendor sends it, and either the
 * result ({@code expected} whole, or {@code expectAttributes} over the input; a {@code null}
 * attribute is one that is gone; {@code changed}) or the error ({@code status}, {@code scimType},
 * {@code null} for none, and the index of the {@code operation} of the message it names).
 * {@code canonical} optionally gives the operations the profile rewrites the message into.
 *
 * <p>A case is read as a server would: by a {@link RequestReader} of the resource type that joins
 * the schema and the profile, then applied by the {@link PatchEngine} of that resource type.
 */
class ProfilePresetsTest {

  /** The presets, in the order {@link Profile#presets()} lists them. */
  static final List<String> PRESETS = List.of("strict", "lenient", "entra", "okta", "seismic", "github", "adra", "omni",
      "aws", "google", "salesforce", "interop-draft");

  private static final Set<String> CASE_KEYS = Set.of("source", "name", "schema", "resource", "body", "canonical",
      "expected", "expectAttributes", "changed", "error");

  @Test
  void everyPresetHasADataFile() {
    assertThat(Profile.presets()).extracting(Profile::name).containsExactlyElementsOf(PRESETS);
    for (String preset : PRESETS) {
      assertThat(Json.cases(file(preset))).as("cases of %s", preset).hasSizeGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void everyCaseCitesItsSourceAndHasOneOutcome() {
    for (String preset : PRESETS) {
      Set<String> names = new TreeSet<>();
      for (JsonNode c : Json.cases(file(preset))) {
        String name = c.path("name").asText();
        assertThat(names.add(name)).as("%s: case names are unique: %s", preset, name).isTrue();
        Set<String> keys = new TreeSet<>();
        c.fieldNames().forEachRemaining(keys::add);
        assertThat(CASE_KEYS).as("%s / %s: known keys", preset, name).containsAll(keys);
        assertThat(c.path("source").asText()).as("%s / %s: source", preset, name).isNotBlank();
        assertThat(c.has("body")).as("%s / %s: body", preset, name).isTrue();
        boolean success = c.has("expected") || c.has("expectAttributes") || c.has("changed");
        assertThat(success).as("%s / %s: either a result or an error", preset, name).isNotEqualTo(c.has("error"));
      }
    }
  }

  @TestFactory
  Stream<DynamicNode> presets() {
    Map<String, JsonNode> fixtures = fixtures();
    return PRESETS.stream().map(preset -> DynamicContainer.dynamicContainer(preset,
        Json.cases(file(preset)).stream().map(c -> DynamicTest.dynamicTest(c.get("name").asText(), () -> {
          try {
            run(Profile.named(preset), c, fixtures);
          } catch (AssertionError e) {
            throw new AssertionError(preset + " / " + c.get("name").asText() + " (" + c.get("source").asText() + "): "
                + e.getMessage(), e);
          }
        }))));
  }

  private static String file(String preset) {
    return "/rules/profiles/" + preset + ".json";
  }

  /** The engine's fixtures and the profile cases' own. */
  static Map<String, JsonNode> fixtures() {
    Map<String, JsonNode> all = new LinkedHashMap<>();
    for (String file : List.of("/rules/engine/fixtures.json", "/rules/profiles/fixtures.json")) {
      Json.resource(file).get("resources").properties().forEach(e -> all.put(e.getKey(), e.getValue()));
    }
    return all;
  }

  /** Reads a message as a server does: under the profile, against the schema and the profile's extensions. */
  static List<PatchOperation> read(ScimNode body, Profile profile, @Nullable ResourceSchema schema) {
    return RequestReader.of(ResourceType.of(schema, profile)).read(body).operations();
  }

  private static void run(Profile profile, JsonNode c, Map<String, JsonNode> fixtures) {
    ResourceSchema schema = Cases.schema(c.path("schema").asText("none"));
    JsonNode resourceJson = c.get("resource");
    JsonNode fixture = resourceJson.isTextual() ? fixtures.get(resourceJson.asText().substring(1)) : resourceJson;
    assertThat(fixture).as("fixture %s", resourceJson).isNotNull();
    ScimObject input = (ScimObject) Json.toNode(fixture);
    String before = input.toString();
    ScimNode body = Json.toNode(c.get("body"));
    JsonNode error = c.get("error");

    List<PatchOperation> operations;
    PatchResult result;
    try {
      ResourceType type = ResourceType.of(schema, profile);
      ResolvedRequest read = RequestReader.of(type).read(body);
      operations = read.operations();
      if (c.has("canonical")) {
        assertThat(canonical(operations)).as("canonical operations").isEqualTo(Json.toNode(c.get("canonical")));
      }
      result = PatchEngine.of(type).apply(input, read);
    } catch (ScimPatchException e) {
      assertThat(error).as("unexpected failure: %s", e.getMessage()).isNotNull();
      Cases.assertError(error, e);
      assertThat(input.toString()).as("the input is untouched").isEqualTo(before);
      return;
    }
    assertThat(error).as("expected the error %s, but the request succeeded with %s", error, result.resource()).isNull();
    assertThat(input.toString()).as("the input is untouched").isEqualTo(before);
    if (operations.isEmpty()) {
      assertThat(result.changed()).as("no operations change nothing").isFalse();
    }
    Cases.assertResult(c, input, result);
  }

  /** The operations as the {@code Operations} array of a PatchOp message. */
  static ScimNode canonical(List<PatchOperation> operations) {
    if (operations.isEmpty()) {
      return ScimArray.empty();
    }
    return PatchMessages.write(new PatchRequest(operations)).get("Operations");
  }
}
