package dev.scimpatch.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.Limits;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.jackson.testkit.DocumentGenerator;
import dev.scimpatch.jackson.testkit.PatchRequestGenerator;
import dev.scimpatch.jackson.testkit.RandomBytes;
import dev.scimpatch.jackson.testkit.TreeMutator;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.testkit.Property;
import dev.scimpatch.testkit.ResourceGenerator;
import dev.scimpatch.testkit.StringMutator;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whatever bytes arrive as a PATCH request, {@link ScimPatch#apply(byte[], byte[])} (with the User
 * schema and schema-less) returns a patched resource or throws a {@link ScimPatchException}:
 * never a NullPointerException, ClassCastException, IndexOutOfBoundsException,
 * UncheckedIOException or StackOverflowError. A request problem with a readable stored resource
 * is a 4xx; on failure the resource bytes are unchanged.
 */
class RobustnessPropertyTest {

  private static final List<ScimPatch> PATCHES = List.of(
      ScimPatch.builder().schema(ResourceSchemas.user()).build(), ScimPatch.builder().build());
  private static final ResourceGenerator RESOURCES = new ResourceGenerator();
  private static final DocumentGenerator DOCUMENTS = new DocumentGenerator();
  private static final PatchRequestGenerator REQUESTS = new PatchRequestGenerator();
  private static final TreeMutator MUTATOR = new TreeMutator();
  /** Writes mutated trees however deep, so that the reader under test meets them. */
  private static final ScimJson WRITER = ScimJson.of(Limits.builder().maxJsonDepth(1000).build());
  private static final ScimJson READER = ScimJson.defaults();

  /** A stored resource: mostly a generated User, sometimes an example file or any object. */
  private static byte[] resource(RandomGenerator rng) {
    int r = rng.nextInt(10);
    ScimObject resource = r < 7 ? RESOURCES.resource(rng) : r < 9 ? DOCUMENTS.object(rng) : ScimObject.empty();
    return READER.writeBytes(resource);
  }

  /**
   * Whether the default reader reads the resource as an object. Generated resources are written
   * by the default writer; this is {@code false} only if a generated member name cannot be read
   * back (see {@code RoundTripPropertyTest}), so that such a resource, which the facade rightly
   * reports as a 500, does not count against the request.
   */
  private static boolean readable(byte[] resource) {
    try {
      return READER.read(resource) instanceof ScimObject;
    } catch (ScimPatchException e) {
      return false;
    }
  }

  /**
   * Applies the request to the resource with each facade and checks the outcome.
   *
   * @param resourceReadable whether the resource is a readable JSON object (then a failure is 4xx)
   */
  static void check(byte[] resource, byte[] request, boolean resourceReadable) {
    byte[] resourceBefore = resource.clone();
    byte[] requestBefore = request.clone();
    for (ScimPatch patch : PATCHES) {
      try {
        byte[] patched = patch.apply(resource, request);
        assertThat(resourceReadable).as("a resource that cannot be read was patched").isTrue();
        assertThat(WRITER.read(patched)).as("the patched resource").isInstanceOf(ScimObject.class);
      } catch (ScimPatchException e) {
        if (resourceReadable) {
          assertThat(e.status()).as("status of %s", e.getMessage()).isBetween(400, 499);
        } else {
          assertThat(e.status()).as("status of %s", e.getMessage()).isBetween(400, 599);
        }
        assertThat(e.getMessage()).isNotEmpty().hasSizeLessThan(2000);
        assertThat(ScimErrors.toBytes(e)).isNotEmpty();
        assertThat(resource).as("resource bytes after a failure").isEqualTo(resourceBefore);
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("apply threw " + e + " instead of a ScimPatchException (schema "
            + patch.schema().map(s -> s.core().id()).orElse("none") + ") for the request "
            + snippet(request) + " and the resource " + snippet(resource), e);
      }
      assertThat(request).as("request bytes").isEqualTo(requestBefore);
      assertThat(resource).as("resource bytes").isEqualTo(resourceBefore);
    }
  }

  private static String snippet(byte[] b) {
    String s = new String(b, 0, Math.min(b.length, 600), StandardCharsets.UTF_8);
    return b.length > 600 ? s + "... (" + b.length + " bytes)" : s;
  }

  @TestFactory
  Stream<DynamicTest> randomBytes() {
    return Property.cases("random bytes as request (and resource) fail cleanly", rng -> {
      byte[] request = RandomBytes.bytes(rng, rng.nextInt(10) == 0 ? 2000 : 60);
      if (rng.nextInt(4) == 0) {
        byte[] resource = RandomBytes.bytes(rng, 200);
        check(resource, request, readable(resource));
      } else {
        byte[] resource = resource(rng);
        check(resource, request, readable(resource));
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> randomStrings() {
    return Property.cases("random strings as request fail cleanly", rng -> {
      String text = StringMutator.randomString(rng, rng.nextInt(10) == 0 ? 400 : 60);
      if (rng.nextBoolean()) {
        text = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[" + text + "]}";
      }
      byte[] resource = resource(rng);
      check(resource, RandomBytes.encode(rng, text), readable(resource));
    });
  }

  @TestFactory
  Stream<DynamicTest> textMutatedRequests() {
    return Property.cases("valid PatchOp bodies with mutated text apply or fail cleanly", rng -> {
      String valid = READER.writeString(REQUESTS.body(rng));
      String text = rng.nextInt(10) == 0
          ? StringMutator.splice(rng, valid, READER.writeString(REQUESTS.body(rng)))
          : StringMutator.mutate(rng, valid);
      byte[] resource = resource(rng);
      check(resource, RandomBytes.encode(rng, text), readable(resource));
    });
  }

  @TestFactory
  Stream<DynamicTest> structurallyMutatedRequests() {
    return Property.cases("valid PatchOp bodies with mutated structure apply or fail cleanly", rng -> {
      ScimNode body = MUTATOR.mutate(rng, REQUESTS.body(rng));
      byte[] resource = resource(rng);
      check(resource, WRITER.writeBytes(body), readable(resource));
    });
  }

  @TestFactory
  Stream<DynamicTest> validRequests() {
    return Property.cases("valid PatchOp bodies apply or fail with a 4xx", rng -> {
      byte[] resource = resource(rng);
      byte[] request = READER.writeBytes(REQUESTS.body(rng));
      check(resource, request, readable(resource));
    });
  }
}
