package dev.scimpatch.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scimpatch.PatchResult;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.resolve.ResourceType;
import dev.scimpatch.schema.Attribute;
import dev.scimpatch.schema.Mutability;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.schema.Schema;
import dev.scimpatch.testkit.Property;
import dev.scimpatch.testkit.ResourceGenerator;
import dev.scimpatch.testsupport.Json;
import dev.scimpatch.tree.ScimObject;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** PUT (RFC 7644 §3.5.1) through the engine. */
class PutTest {

  private static final PatchEngine USERS = PatchEngine.of(ResourceType.of(ResourceSchemas.user(), Profile.strict()));
  private static final ScimObject STORED = (ScimObject) Json.parse("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
      + "\"id\":\"2819c223\",\"meta\":{\"resourceType\":\"User\",\"version\":\"W/\\\"1\\\"\"},\"userName\":\"bjensen\","
      + "\"password\":\"secret\",\"title\":\"Tour Guide\",\"name\":{\"givenName\":\"Barbara\",\"familyName\":\"Jensen\"},"
      + "\"groups\":[{\"value\":\"g1\"}],\"emails\":[{\"value\":\"a@x\",\"type\":\"work\"}]}");

  @Test
  void theReplacementReplacesAllButWhatIsReadOnlyOrWriteOnly() {
    ScimObject replacement = (ScimObject) Json.parse("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
        + "\"id\":\"other\",\"meta\":{\"resourceType\":\"Group\"},\"userName\":\"babs\",\"name\":{\"givenName\":\"Babs\"},"
        + "\"groups\":[{\"value\":\"g2\"}],\"emails\":[{\"value\":\"b@x\",\"type\":\"home\"}],\"nickName\":\"B\"}");
    PatchResult r = USERS.put(STORED, replacement);
    assertThat(r.changed()).isTrue();
    assertThat(r.resource()).isEqualTo(Json.parse("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
        + "\"id\":\"2819c223\",\"meta\":{\"resourceType\":\"User\",\"version\":\"W/\\\"1\\\"\"},\"userName\":\"babs\","
        + "\"password\":\"secret\",\"name\":{\"givenName\":\"Babs\"},\"groups\":[{\"value\":\"g1\"}],"
        + "\"emails\":[{\"value\":\"b@x\",\"type\":\"home\"}],\"nickName\":\"B\"}"));
  }

  @Test
  void theSameResourceChangesNothing() {
    PatchResult r = USERS.put(STORED, STORED.without("password"));
    assertThat(r.changed()).isFalse();
    assertThat(r.resource()).isEqualTo(STORED);
  }

  @Test
  void requiredAttributesMustBeThere() {
    ScimPatchException e = catchThrowableOfType(ScimPatchException.class, () -> USERS.put(STORED, STORED.without("userName")));
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.scimType()).isEqualTo(ScimType.INVALID_VALUE);
    assertThat(e.getMessage()).contains("\"userName\" is required");
  }

  @Test
  void immutableValuesMustMatch() {
    Schema core = Schema.of("urn:example:params:scim:schemas:core:2.0:Device", "Device",
        Attribute.builder("serial").mutability(Mutability.IMMUTABLE).build(), Attribute.builder("label").build());
    PatchEngine devices = PatchEngine.of(ResourceType.of(ResourceSchema.of("Device", core, List.of()), Profile.strict()));
    ScimObject stored = (ScimObject) Json.parse("{\"schemas\":[\"urn:example:params:scim:schemas:core:2.0:Device\"],\"serial\":\"S1\",\"label\":\"a\"}");
    assertThat(devices.put(stored, stored.with("label", dev.scimpatch.tree.ScimString.of("b"))).resource().get("label"))
        .isEqualTo(dev.scimpatch.tree.ScimString.of("b"));
    assertThat(devices.put(stored, stored.without("serial")).resource().get("serial")).as("kept when left out")
        .isEqualTo(dev.scimpatch.tree.ScimString.of("S1"));
    ScimPatchException e = catchThrowableOfType(ScimPatchException.class,
        () -> devices.put(stored, stored.with("serial", dev.scimpatch.tree.ScimString.of("S2"))));
    assertThat(e.scimType()).isEqualTo(ScimType.MUTABILITY);
    assertThat(e.operationIndex()).as("no PATCH operation the client sent").isEqualTo(-1);
    assertThat(e.path()).isEqualTo("serial");
    assertThat(e.getMessage()).startsWith("attribute \"serial\": ").doesNotContain("operation");
    ScimObject fresh = (ScimObject) Json.parse("{\"schemas\":[\"urn:example:params:scim:schemas:core:2.0:Device\"],\"label\":\"a\"}");
    assertThat(devices.put(fresh, stored).resource().get("serial")).as("an unassigned immutable takes a value")
        .isEqualTo(dev.scimpatch.tree.ScimString.of("S1"));
  }

  @Test
  void typesAndUnknownNamesAreCheckedAsInAPatch() {
    assertThat(catchThrowableOfType(ScimPatchException.class,
        () -> USERS.put(STORED, STORED.with("active", dev.scimpatch.tree.ScimString.of("yes")))).scimType())
        .isEqualTo(ScimType.INVALID_VALUE);
    assertThat(catchThrowableOfType(ScimPatchException.class,
        () -> USERS.put(STORED, STORED.with("nosuch", dev.scimpatch.tree.ScimString.of("x")))).scimType())
        .isEqualTo(ScimType.INVALID_PATH);
  }

  /** Under every preset, a PUT is the same replacement: the profile's PATCH restrictions do not apply to it. */
  @Test
  void everyPresetReplacesTheSame() {
    ScimObject replacement = STORED.without("title").with("displayName", dev.scimpatch.tree.ScimString.of("Babs"));
    ScimObject strict = USERS.put(STORED, replacement).resource();
    for (Profile p : Profile.presets()) {
      assertThat(PatchEngine.of(ResourceType.of(ResourceSchemas.user(), p)).put(STORED, replacement).resource())
          .as(p.name()).isEqualTo(strict);
    }
  }

  /**
   * Without a schema: the result is the replacement but for id, meta and schemas (and members
   * unassigned in either: null, [] or an empty extension); a second PUT of it changes nothing. The replacement is
   * the stored resource with members left out and others changed, as a client sends it.
   */
  @TestFactory
  Stream<DynamicTest> aPutGivesTheReplacement() {
    ResourceGenerator resources = new ResourceGenerator();
    PatchEngine schemaless = PatchEngine.of(ResourceType.schemaless());
    List<String> simple = List.of("nickName", "title", "displayName", "locale", "urn:example:params:scim:schemas:extension:x:2.0:User");
    return Property.cases("PUT without a schema gives the replacement (id, meta, schemas aside)", rng -> {
      ScimObject current = resources.resource(rng);
      ScimObject replacement = current;
      for (String name : current.names()) {
        if (rng.nextInt(4) == 0) {
          replacement = replacement.without(name);
        }
      }
      for (int i = rng.nextInt(3); i > 0; i--) {
        String name = simple.get(rng.nextInt(simple.size()));
        replacement = replacement.with(name, name.startsWith("urn:")
            ? ScimObject.of("badge", dev.scimpatch.tree.ScimString.of("b" + rng.nextInt(9)))
            : dev.scimpatch.tree.ScimString.of("v" + rng.nextInt(9)));
      }
      ScimObject out = schemaless.put(current, replacement).resource();
      assertThat(strip(out)).isEqualTo(strip(replacement));
      assertThat(out.get("id")).isEqualTo(current.get("id"));
      assertThat(out.get("meta")).isEqualTo(current.get("meta"));
      assertThat(schemaless.put(out, replacement).changed()).as("idempotent").isFalse();
    });
  }

  /** RFC 7643 §2.5: null and [] are unassigned, and so is an object of unassigned members (an empty extension). */
  private static boolean unassigned(dev.scimpatch.tree.ScimNode v) {
    if (v.isNull() || (v instanceof dev.scimpatch.tree.ScimArray a && a.isEmpty())) {
      return true;
    }
    if (v instanceof ScimObject o) {
      for (ScimObject.Member m : o.members()) {
        if (!unassigned(m.value())) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static ScimObject strip(ScimObject o) {
    ScimObject out = o.without("id").without("meta").without("schemas");
    for (ScimObject.Member m : o.members()) {
      if (unassigned(m.value())) {
        out = out.without(m.name());
      }
    }
    return out;
  }
}
