package dev.scimpatch.jackson;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.codec.Patcher;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.tree.ScimNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Jazzer fuzz targets of the Jackson adapter (reliability plan §8.1, targets 3 and 4): the JSON
 * codec, reading a PatchOp request, and the whole pipeline, bytes → apply → bytes, under every
 * preset ({@link Profile#presets()}) with the User schema, the Group schema and schema-less, on
 * the example resources of {@code examples/}.
 *
 * <p>Regression mode runs every input under each of the 36 setups (preset × schema); fuzzing mode
 * under one, chosen by the input ({@link #setupsFor}).
 *
 * <p>Oracle: only a {@link ScimPatchException} escapes, with a 4xx status (501 where a profile
 * emulates a vendor that does not implement something); any other throwable, a
 * {@link StackOverflowError} included, is a finding. The arguments are never changed. A patched
 * resource must be readable again by the same facade as a stored resource, and the facade applies
 * the request to it once more under the same oracle. The codec's reader throws nothing but
 * {@code 400 invalidSyntax}, and what it reads it writes so that reading it back gives an equal
 * tree and the same bytes.
 *
 * <p>Regression mode (every build) replays the empty input, the requests in
 * {@code src/test/resources/dev/scimpatch/jackson/ScimPatchFuzzTestInputs/} (the example requests
 * of {@code examples/} and requests of the rule files, RFC style and vendor dialects; every
 * target gets them all) and the inputs under {@code ScimPatchFuzzTestInputs/<method>/}. Fuzzing
 * mode runs one target; {@code -am} puts the core's classes, which Jazzer instruments, on the
 * class path as a directory:
 * <pre>
 * JAZZER_FUZZ=1 JAZZER_MAX_DURATION=3m ./mvnw -B -pl :scim-patch-jackson -am test \
 *     -Dtest='ScimPatchFuzzTest#apply' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * with {@code #codec} or {@code #readRequest} for the other targets. Jazzer keeps its generated
 * corpus in {@code scim-patch-jackson/jackson2/.cifuzz-corpus/} (not committed; a local build replays it
 * too, so delete it when done) and writes a finding's input to
 * {@code ScimPatchFuzzTestInputs/<method>/}, where the build replays it: commit one only once it
 * passes.
 */
class ScimPatchFuzzTest {

  /** A facade and the resources it patches. */
  private record Setup(ScimPatch patch, List<byte[]> resources) {
    @Override
    public String toString() {
      return patch.profile().name() + " / " + patch.schema().map(s -> s.core().id()).orElse("schema-less");
    }
  }

  private static final ScimJson JSON = ScimJson.defaults();
  private static final List<Setup> SETUPS = setups();
  /** Whether Jazzer is fuzzing (its own test: {@code JAZZER_FUZZ} set to anything non-empty). */
  private static final boolean FUZZING = !System.getenv().getOrDefault("JAZZER_FUZZ", "").isEmpty();

  private static List<Setup> setups() {
    byte[] user = example("user.json");
    byte[] extendedUser = example("vendors/omni-user-created.json");
    byte[] group = example("group.json");
    List<Setup> setups = new ArrayList<>();
    for (Profile profile : Profile.presets()) {
      setups.add(setup(profile, ResourceSchemas.user(), user, extendedUser));
      setups.add(setup(profile, ResourceSchemas.group(), group));
      setups.add(setup(profile, null, user, group));
    }
    return List.copyOf(setups);
  }

  /**
   * The setups an input runs under: all of them in regression mode; one when fuzzing, chosen by
   * the input's hash, so that an execution costs one setup's work, not 36 (about 60 times the
   * executions per second), and a saved input always meets the same setup. Regression mode
   * replays every input under every setup, so it reproduces whatever fuzzing found.
   */
  private static List<Setup> setupsFor(byte[] data) {
    return FUZZING ? List.of(SETUPS.get(Math.floorMod(Arrays.hashCode(data), SETUPS.size()))) : SETUPS;
  }

  private static Setup setup(Profile profile, ResourceSchema schema, byte[]... resources) {
    return new Setup(ScimPatch.builder().profile(profile).schema(schema).build(), List.of(resources));
  }

  private static byte[] example(String name) {
    try {
      return Files.readAllBytes(Path.of("../examples", name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest
  @DictionaryEntries({"{", "}", "[", "]", "\"", ":", ",", "true", "false", "null", "\\u", "\\ud800", "1e9", "-0.0"})
  void codec(byte[] data) {
    ScimNode node;
    try {
      node = JSON.read(data);
    } catch (ScimPatchException e) {
      if (e.status() != 400 || e.scimType() != ScimType.INVALID_SYNTAX) {
        throw new AssertionError("reading " + snippet(data) + " threw " + e.getMessage(), e);
      }
      return;
    }
    byte[] written = JSON.writeBytes(node);
    ScimNode again = JSON.read(written);
    if (!again.equals(node)) {
      throw new AssertionError("read " + snippet(data) + ", wrote " + snippet(written) + ", read back something else");
    }
    if (!Arrays.equals(JSON.writeBytes(again), written)) {
      throw new AssertionError("writing " + snippet(written) + " again gave other bytes");
    }
  }

  @FuzzTest
  @DictionaryEntries({
      "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[",
      "\"op\"", "\"path\"", "\"value\"", "\"add\"", "\"remove\"", "\"replace\"", "\"Add\"",
      "\"emails\"", "\"members\"", "\"active\"", "\"name.givenName\"", "[type eq \\\"work\\\"]",
      "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber\"",
      "\"primary\":true", "\"false\"", "null", "{}", "[]"})
  void readRequest(byte[] data) {
    byte[] before = data.clone();
    for (Setup setup : setupsFor(data)) {
      try {
        setup.patch().readRequest(data);
      } catch (ScimPatchException e) {
        checkStatus(e, setup, data);
      }
    }
    checkUnchanged(before, data, "request");
  }

  @FuzzTest
  @DictionaryEntries({
      "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[",
      "\"op\"", "\"path\"", "\"value\"", "\"add\"", "\"remove\"", "\"replace\"", "\"Add\"",
      "\"emails\"", "\"members\"", "\"active\"", "\"name.givenName\"", "[type eq \\\"work\\\"]",
      "[value eq \\\"2819c223-7f76-453a-919d-413861904646\\\"]", "\"displayName\"",
      "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber\"",
      "\"primary\":true", "\"false\"", "null", "{}", "[]"})
  void apply(byte[] data) {
    byte[] before = data.clone();
    for (Setup setup : setupsFor(data)) {
      for (byte[] resource : setup.resources()) {
        byte[] patched = applyChecked(setup, resource, data);
        if (patched != null) {
          try {
            Patcher.storedResource(() -> setup.patch().json().read(patched));
          } catch (ScimPatchException e) {
            throw new AssertionError(setup + ": the patched resource " + snippet(patched)
                + " cannot be read back as a stored resource: " + e.getMessage() + "; request " + snippet(data), e);
          }
          applyChecked(setup, patched, data);
        }
      }
    }
    checkUnchanged(before, data, "request");
  }

  /** Applies the request to the resource; returns the result, or null for a clean refusal. */
  private static byte[] applyChecked(Setup setup, byte[] resource, byte[] request) {
    byte[] resourceBefore = resource.clone();
    try {
      return setup.patch().apply(resource, request);
    } catch (ScimPatchException e) {
      checkStatus(e, setup, request);
      return null;
    } finally {
      checkUnchanged(resourceBefore, resource, "resource");
    }
  }

  private static void checkStatus(ScimPatchException e, Setup setup, byte[] request) {
    if ((e.status() < 400 || e.status() > 499) && e.status() != 501) {
      throw new AssertionError(setup + ": status " + e.status() + " (" + e.getMessage() + ") for the request "
          + snippet(request), e);
    }
  }

  private static void checkUnchanged(byte[] before, byte[] after, String what) {
    if (!Arrays.equals(before, after)) {
      throw new AssertionError("the " + what + " bytes were changed");
    }
  }

  private static String snippet(byte[] b) {
    String s = new String(b, 0, Math.min(b.length, 400), StandardCharsets.UTF_8);
    return b.length > 400 ? s + "... (" + b.length + " bytes)" : s;
  }
}
