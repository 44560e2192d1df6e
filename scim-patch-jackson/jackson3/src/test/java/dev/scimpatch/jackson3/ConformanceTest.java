package dev.scimpatch.jackson3;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.codec.ScimCodec;
import dev.scimpatch.jackson.testkit.DocumentGenerator;
import dev.scimpatch.jackson.testkit.PatchRequestGenerator;
import dev.scimpatch.jackson.testkit.RandomBytes;
import dev.scimpatch.profile.PatchMessages;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.testkit.Property;
import dev.scimpatch.testkit.ResourceGenerator;
import dev.scimpatch.testsupport.Cases;
import dev.scimpatch.testsupport.Json;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 13: one conformance suite through both adapters. Every input goes through the Jackson 2
 * adapter ({@code dev.scimpatch.jackson}, whose own suite checks each result against the RFC
 * rules) and through this one, which must answer the same, byte for byte: the patched resource,
 * or the SCIM error JSON. The inputs are the engine's rule cases, every documented vendor request
 * under every preset, seeded generated requests (valid and invalid) on generated resources under
 * every preset, hostile bytes, and round trips of generated documents.
 */
class ConformanceTest {

  private static final List<String> RULE_FILES = List.of(
      "general", "add", "remove", "replace", "nopath", "characteristics", "extensions", "rfc7644-examples");
  /**
   * Cases per property: a fifth of {@code scimpatch.cases} (2,000 by default), since each runs
   * both adapters and the Jackson 2 adapter's own suite runs these generators at the full count.
   */
  private static final int CASES = Math.max(1, Property.caseCount() / 5);

  private static final dev.scimpatch.jackson.ScimJson JSON2 = dev.scimpatch.jackson.ScimJson.defaults();
  private static final ScimJson JSON3 = ScimJson.defaults();

  /** The two facades with one setup. */
  private record Pair(dev.scimpatch.jackson.ScimPatch two, ScimPatch three) {
    static Pair of(Profile profile, ResourceSchema schema) {
      return new Pair(dev.scimpatch.jackson.ScimPatch.builder().profile(profile).schema(schema).build(),
          ScimPatch.builder().profile(profile).schema(schema).build());
    }
  }

  private interface Call {
    byte[] run() throws Exception;
  }

  /** What a server would send: the bytes, or the status and the SCIM error JSON. */
  private static String outcome(Call call, boolean three) throws Exception {
    try {
      return "200 " + new String(call.run(), UTF_8);
    } catch (ScimPatchException e) {
      byte[] error = three ? ScimErrors.toBytes(e) : dev.scimpatch.jackson.ScimErrors.toBytes(e);
      return e.status() + " " + new String(error, UTF_8);
    }
  }

  private static String same(String what, Call two, Call three) throws Exception {
    String expected = outcome(two, false);
    assertThat(outcome(three, true)).as(what).isEqualTo(expected);
    return expected;
  }

  private static void sameApply(String what, Pair pair, byte[] resource, byte[] request) throws Exception {
    same(what, () -> pair.two().apply(resource, request), () -> pair.three().apply(resource, request));
  }

  @TestFactory
  Stream<DynamicNode> ruleCases() {
    com.fasterxml.jackson.databind.JsonNode fixtures = Json.resource("/rules/engine/fixtures.json").get("resources");
    return RULE_FILES.stream().map(file -> DynamicContainer.dynamicContainer(file,
        Json.cases("/rules/engine/" + file + ".json").stream().map(c -> DynamicTest.dynamicTest(
            c.get("rule").asText() + ": " + c.get("name").asText(), () -> {
              com.fasterxml.jackson.databind.JsonNode r = c.get("resource");
              com.fasterxml.jackson.databind.JsonNode resource = r.isTextual() ? fixtures.get(r.asText().substring(1)) : r;
              byte[] resourceBytes = JSON2.writeBytes(Json.toNode(resource));
              byte[] body = JSON2.writeBytes(ScimObject.of(
                  "schemas", dev.scimpatch.tree.ScimArray.of(dev.scimpatch.tree.ScimString.of(
                      "urn:ietf:params:scim:api:messages:2.0:PatchOp")),
                  "Operations", Json.toNode(c.get("operations"))));
              Pair pair = Pair.of(Profile.strict(), Cases.schema(c.path("schema").asText("none")));
              sameApply(c.get("name").asText(), pair, resourceBytes, body);
              same("read: " + c.get("name").asText(),
                  () -> JSON2.writeBytes(PatchMessages.write(pair.two().readRequest(body))),
                  () -> JSON3.writeBytes(PatchMessages.write(pair.three().readRequest(body))));
            }))));
  }

  /** Every vendor request of the examples on every vendor resource, under every preset. */
  @Test
  void vendorRequestsUnderEveryPreset() throws Exception {
    Path vendors = Path.of("../examples/vendors");
    List<Path> resources = new ArrayList<>();
    List<Path> requests = new ArrayList<>();
    try (Stream<Path> files = Files.list(vendors)) {
      for (Path f : files.sorted().toList()) {
        (f.getFileName().toString().endsWith("-user.json") ? resources : requests).add(f);
      }
    }
    assertThat(resources).hasSizeGreaterThanOrEqualTo(3);
    assertThat(requests).hasSizeGreaterThanOrEqualTo(5);
    int applied = 0;
    for (Profile preset : Profile.presets()) {
      for (ResourceSchema schema : new ResourceSchema[] {ResourceSchemas.user(), null}) {
        Pair pair = Pair.of(preset, schema);
        for (Path resource : resources) {
          for (Path request : requests) {
            String outcome = same(request + " on " + resource + " under " + preset.name(),
                () -> pair.two().apply(Files.readAllBytes(resource), Files.readAllBytes(request)),
                () -> pair.three().apply(Files.readAllBytes(resource), Files.readAllBytes(request)));
            applied += outcome.startsWith("200") ? 1 : 0;
          }
        }
      }
    }
    assertThat(applied).as("most requests apply somewhere").isGreaterThan(20);
  }

  /** Generated requests, valid and invalid, on generated resources, under every preset. */
  @TestFactory
  Stream<DynamicTest> generatedRequests() {
    ResourceGenerator resources = new ResourceGenerator();
    PatchRequestGenerator requests = new PatchRequestGenerator();
    List<Profile> presets = Profile.presets();
    return Property.cases("both adapters answer a generated request alike", Property.baseSeed(), CASES, rng -> {
      ScimObject resource = resources.resource(rng);
      byte[] body = JSON2.writeBytes(requests.body(rng));
      Profile preset = presets.get(rng.nextInt(presets.size()));
      ResourceSchema schema = rng.nextBoolean() ? ResourceSchemas.of(resource).orElse(null) : null;
      try {
        sameApply(preset.name(), Pair.of(preset, schema), JSON2.writeBytes(resource), body);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  /**
   * The client side on generated resources and requests: both adapters give the same diff, for a
   * random preset as the target, and the same rewrite of a generated request (or the same SCIM
   * error); no other exception escapes either.
   */
  @TestFactory
  Stream<DynamicTest> generatedDiffsAndRewrites() {
    ResourceGenerator resources = new ResourceGenerator();
    PatchRequestGenerator requests = new PatchRequestGenerator();
    List<Profile> presets = Profile.presets();
    return Property.cases("both adapters diff and rewrite alike", Property.baseSeed(), CASES, rng -> {
      ScimObject old = resources.resource(rng);
      ScimObject updated = rng.nextBoolean() ? resources.resource(rng) : old.without("displayName");
      if (old.get("id") != null && rng.nextInt(4) > 0) {
        updated = updated.with("id", old.get("id"));
      }
      byte[] oldBytes = JSON2.writeBytes(old);
      byte[] newBytes = JSON2.writeBytes(updated);
      byte[] body = JSON2.writeBytes(requests.body(rng));
      Profile target = presets.get(rng.nextInt(presets.size()));
      ResourceSchema schema = rng.nextBoolean() ? ResourceSchemas.of(old).orElse(null) : null;
      Pair pair = Pair.of(rng.nextBoolean() ? Profile.strict() : Profile.named("lenient"), schema);
      try {
        same("diff for " + target.name(), () -> pair.two().diff(oldBytes, newBytes, target),
            () -> pair.three().diff(oldBytes, newBytes, target));
        same("rewrite for " + target.name(), () -> pair.two().rewrite(body, target, oldBytes),
            () -> pair.three().rewrite(body, target, oldBytes));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  /** Bytes that are mostly not JSON, as a request and as a stored resource. */
  @TestFactory
  Stream<DynamicTest> hostileBytes() {
    Pair pair = Pair.of(Profile.named("lenient"), ResourceSchemas.user());
    byte[] user = JSON2.writeBytes(new ResourceGenerator().resource(new java.util.SplittableRandom(7)));
    return Property.cases("both adapters refuse hostile bytes alike", Property.baseSeed(), CASES, rng -> {
      byte[] junk = RandomBytes.bytes(rng, 64);
      try {
        sameApply("as a request", pair, user, junk);
        sameApply("as a resource", pair, junk, junk);
        same("read", () -> JSON2.writeBytes(JSON2.read(junk)), () -> JSON3.writeBytes(JSON3.read(junk)));
        same("read a stream", () -> JSON2.writeBytes(JSON2.read(new ByteArrayInputStream(junk))),
            () -> JSON3.writeBytes(JSON3.read(new ByteArrayInputStream(junk))));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  /** Generated documents: the same tree read, the same bytes and text written, JsonNode trips. */
  @TestFactory
  Stream<DynamicTest> roundTrips() {
    DocumentGenerator documents = new DocumentGenerator();
    return Property.cases("both codecs read and write a document alike", Property.baseSeed(), CASES, rng -> {
      ScimNode x = documents.document(rng);
      byte[] bytes = JSON2.writeBytes(x);
      assertThat(JSON3.writeBytes(x)).as("bytes written").isEqualTo(bytes);
      assertThat(JSON3.writeString(x)).as("text written").isEqualTo(JSON2.writeString(x));
      assertThat(JSON3.read(bytes)).as("read back").isEqualTo(x);
      assertThat(JSON3.read(new ByteArrayInputStream(bytes))).as("read from a stream").isEqualTo(x);
      assertThat(JSON3.read(JSON3.writeString(x))).as("read from text").isEqualTo(x);
      assertThat(JSON3.fromJsonNode(JSON3.toJsonNode(x))).as("through JsonNode").isEqualTo(x);
      byte[] mutated = RandomBytes.encode(rng, new String(bytes, UTF_8));
      try {
        same("read an encoding", () -> JSON2.writeBytes(JSON2.read(mutated)), () -> JSON3.writeBytes(JSON3.read(mutated)));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  /** The Bean Validation constraints and ScimCodec.installed() find this adapter's codec. */
  @Test
  void theCodecIsInstalledAsAService() {
    assertThat(ServiceLoader.load(ScimCodec.class).stream().map(ServiceLoader.Provider::type).toList())
        .contains(ScimJson.class);
  }
}
