package dev.scimpatch.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.Semantics.CanonicalValues;
import dev.scimpatch.Tolerance.IgnoredReadOnly;
import dev.scimpatch.Tolerance.ReadOnlyEcho;
import dev.scimpatch.engine.PatchEngine;
import dev.scimpatch.profile.RequestReader;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.schema.Schema;
import dev.scimpatch.testsupport.Json;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Issue 11: types checked at their boundaries, canonical values, and what no profile makes writable. */
class TypesAndMutabilityTest {

  private static final String USER = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"2819c223\","
      + "\"meta\":{\"resourceType\":\"User\",\"version\":\"W/\\\"1\\\"\"},\"userName\":\"bjensen\","
      + "\"groups\":[{\"value\":\"e9e30dba\",\"display\":\"Tour Guides\"}],"
      + "\"emails\":[{\"value\":\"a@example.com\",\"type\":\"work\"}]}";

  private static ScimNode body(String... ops) {
    return Json.parse("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
        + String.join(",", ops) + "]}");
  }

  /** The result, or the refusal. */
  private static Object apply(Profile profile, @Nullable ResourceSchema schema, ScimObject resource, ScimNode body) {
    try {
      ResourceType type = ResourceType.of(schema, profile);
      return PatchEngine.of(type).apply(resource, RequestReader.of(type).read(body)).resource();
    } catch (ScimPatchException e) {
      return e;
    }
  }

  /**
   * id, meta and a User's groups: never written, under every preset, and with T19 naming them
   * (refused), or T15 IGNORE (dropped unwritten).
   */
  @Test
  void idMetaAndGroupsAreNeverWritten() {
    ScimObject user = (ScimObject) Json.parse(USER);
    List<String> writes = List.of(
        "{\"op\":\"replace\",\"path\":\"id\",\"value\":\"other\"}",
        "{\"op\":\"replace\",\"path\":\"meta.version\",\"value\":\"W/\\\"2\\\"\"}",
        "{\"op\":\"replace\",\"path\":\"meta\",\"value\":{\"resourceType\":\"Group\"}}",
        "{\"op\":\"add\",\"path\":\"groups\",\"value\":[{\"value\":\"other\"}]}",
        "{\"op\":\"replace\",\"value\":{\"id\":\"other\",\"userName\":\"babs\"}}");
    List<Profile> profiles = new ArrayList<>();
    for (Profile p : Profile.presets()) {
      profiles.add(p);
      profiles.add(p.with(new IgnoredReadOnly(Set.of("id", "meta", "meta.version", "groups"))));
      profiles.add(p.with(ReadOnlyEcho.IGNORE));
    }
    for (Profile p : profiles) {
      for (String write : writes) {
        Object out = apply(p, ResourceSchemas.user(), user, body(write));
        if (out instanceof ScimPatchException e) {
          assertThat(e.status()).as("%s under %s: %s", write, p, e.getMessage()).isBetween(400, 501);
        } else {
          ScimObject result = (ScimObject) out;
          assertThat(result.get("id")).as("%s under %s", write, p).isEqualTo(user.get("id"));
          assertThat(result.get("meta")).as("%s under %s", write, p).isEqualTo(user.get("meta"));
          assertThat(result.get("groups")).as("%s under %s", write, p).isEqualTo(user.get("groups"));
          assertThat(p.has(ReadOnlyEcho.IGNORE)).as("only T15 IGNORE drops %s silently, not %s", write, p).isTrue();
        }
      }
    }
  }

  @Test
  void t19DropsWhatItNamesOnly() {
    Profile p = Profile.strict().with(new IgnoredReadOnly(Set.of("manager.displayName")));
    ScimObject user = (ScimObject) Json.parse("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"u\","
        + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"manager\":{\"value\":\"m\",\"displayName\":\"Old\"}}}");
    Object dropped = apply(p, ResourceSchemas.user(), user, body("{\"op\":\"add\",\"path\":"
        + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager\",\"value\":{\"value\":\"n\",\"displayName\":\"New\"}}"));
    assertThat(dropped).isInstanceOf(ScimObject.class);
    assertThat(((ScimObject) dropped).get("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"))
        .isEqualTo(Json.parse("{\"manager\":{\"value\":\"n\",\"displayName\":\"Old\"}}"));
    Object refused = apply(Profile.strict(), ResourceSchemas.user(), user, body("{\"op\":\"add\",\"path\":"
        + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager\",\"value\":{\"value\":\"n\",\"displayName\":\"New\"}}"));
    assertThat(refused).isInstanceOfSatisfying(ScimPatchException.class,
        e -> assertThat(e.scimType()).isEqualTo(ScimType.MUTABILITY));
  }

  @Test
  void canonicalValuesAreSuggestionsUnlessS9() {
    ScimObject user = (ScimObject) Json.parse(USER);
    ScimNode other = body("{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"value\":\"b@example.com\",\"type\":\"pigeon\"}]}");
    ScimNode work = body("{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"value\":\"b@example.com\",\"type\":\"WORK\"}]}");
    assertThat(apply(Profile.strict(), ResourceSchemas.user(), user, other)).isInstanceOf(ScimObject.class);
    Profile canonical = Profile.strict().with(CanonicalValues.REQUIRED);
    assertThat(apply(canonical, ResourceSchemas.user(), user, other)).isInstanceOfSatisfying(ScimPatchException.class, e -> {
      assertThat(e.scimType()).isEqualTo(ScimType.INVALID_VALUE);
      assertThat(e.getMessage()).contains("[work, home, other]", "S9");
    });
    assertThat(apply(canonical, ResourceSchemas.user(), user, work)).as("not caseExact: any case").isInstanceOf(ScimObject.class);
  }

  @Test
  void referencesAreUriReferences() {
    ScimObject user = (ScimObject) Json.parse(USER);
    assertThat(apply(Profile.strict(), ResourceSchemas.user(), user,
        body("{\"op\":\"replace\",\"path\":\"profileUrl\",\"value\":\"https://example.com/~bjensen?x=1#top\"}")))
        .isInstanceOf(ScimObject.class);
    assertThat(apply(Profile.strict(), ResourceSchemas.user(), user,
        body("{\"op\":\"replace\",\"path\":\"profileUrl\",\"value\":\"../Users/2819c223\"}")))
        .isInstanceOf(ScimObject.class);
    for (String bad : List.of("https://exa mple.com/", "http://[bad", "%zz")) {
      assertThat(apply(Profile.strict(), ResourceSchemas.user(), user,
          body("{\"op\":\"replace\",\"path\":\"profileUrl\",\"value\":\"" + bad + "\"}")))
          .as(bad).isInstanceOfSatisfying(ScimPatchException.class,
              e -> assertThat(e.scimType()).isEqualTo(ScimType.INVALID_VALUE));
    }
  }

  @Test
  void typesAtTheirBoundaries() {
    Schema device = Schema.of("urn:example:params:scim:schemas:core:2.0:Device", "Device",
        dev.scimpatch.schema.Attribute.builder("count").type(dev.scimpatch.schema.AttributeType.INTEGER).build(),
        dev.scimpatch.schema.Attribute.builder("ratio").type(dev.scimpatch.schema.AttributeType.DECIMAL).build(),
        dev.scimpatch.schema.Attribute.builder("seen").type(dev.scimpatch.schema.AttributeType.DATE_TIME).build(),
        dev.scimpatch.schema.Attribute.builder("blob").type(dev.scimpatch.schema.AttributeType.BINARY).build());
    ResourceSchema schema = ResourceSchema.of("Device", device, List.of());
    ScimObject resource = (ScimObject) Json.parse("{\"schemas\":[\"urn:example:params:scim:schemas:core:2.0:Device\"]}");
    String[][] cases = {
        {"count", "9223372036854775807", "ok"}, {"count", "9223372036854775808", "bad"},
        {"count", "-9223372036854775808", "ok"}, {"count", "1.0", "ok"}, {"count", "1.5", "bad"},
        {"count", "1e3", "ok"}, {"ratio", "1.5e-300", "ok"}, {"ratio", "\"1.5\"", "bad"},
        {"seen", "\"2024-02-29T00:00:00Z\"", "ok"}, {"seen", "\"2023-02-29T00:00:00Z\"", "bad"},
        {"seen", "\"2024-01-01T00:00:00+14:00\"", "ok"}, {"seen", "\"2024-01-01T00:00:00+14:30\"", "bad"},
        {"blob", "\"AQID\"", "ok"}, {"blob", "\"AQ==\"", "ok"}, {"blob", "\"AQ=\"", "bad"}, {"blob", "\"AQ\"", "bad"},
        {"blob", "\"A*==\"", "bad"}};
    for (String[] c : cases) {
      Object out = apply(Profile.strict(), schema, resource,
          body("{\"op\":\"replace\",\"path\":\"" + c[0] + "\",\"value\":" + c[1] + "}"));
      if (c[2].equals("ok")) {
        assertThat(out).as("%s = %s", c[0], c[1]).isInstanceOf(ScimObject.class);
      } else {
        assertThat(out).as("%s = %s", c[0], c[1]).isInstanceOfSatisfying(ScimPatchException.class,
            e -> assertThat(e.scimType()).isEqualTo(ScimType.INVALID_VALUE));
      }
    }
  }

  /** T5 at the same boundaries: strings coerced where the profile says so, and only into valid values. */
  @Test
  void coercionAtTheBoundaries() {
    Schema device = Schema.of("urn:example:params:scim:schemas:core:2.0:Device", "Device",
        dev.scimpatch.schema.Attribute.builder("count").type(dev.scimpatch.schema.AttributeType.INTEGER).build(),
        dev.scimpatch.schema.Attribute.builder("ratio").type(dev.scimpatch.schema.AttributeType.DECIMAL).build(),
        dev.scimpatch.schema.Attribute.builder("on").type(dev.scimpatch.schema.AttributeType.BOOLEAN).build());
    ResourceSchema schema = ResourceSchema.of("Device", device, List.of());
    ScimObject resource = (ScimObject) Json.parse("{\"schemas\":[\"urn:example:params:scim:schemas:core:2.0:Device\"]}");
    Profile typed = Profile.strict().with(dev.scimpatch.Tolerance.ScalarCoercion.SCHEMA_TYPED_STRINGS);
    Profile booleans = Profile.strict().with(dev.scimpatch.Tolerance.ScalarCoercion.BOOLEAN_STRINGS);
    String[][] cases = {
        {"count", "\"9223372036854775807\"", "9223372036854775807"}, {"count", "\"9223372036854775808\"", null},
        {"count", "\" -12 \"", "-12"}, {"count", "\"1.5\"", null}, {"count", "\"0x10\"", null},
        {"ratio", "\"1.5e-300\"", "1.5E-300"}, {"ratio", "\"1e\"", null}, {"on", "\"TRUE\"", "true"},
        {"on", "\"yes\"", null}};
    for (String[] c : cases) {
      Object out = apply(typed, schema, resource, body("{\"op\":\"replace\",\"path\":\"" + c[0] + "\",\"value\":" + c[1] + "}"));
      if (c[2] != null) {
        assertThat(out).as("%s = %s", c[0], c[1]).isInstanceOfSatisfying(ScimObject.class,
            r -> assertThat(r.get(c[0])).isEqualTo(Json.parse(c[2])));
      } else {
        assertThat(out).as("%s = %s", c[0], c[1]).isInstanceOfSatisfying(ScimPatchException.class,
            e -> assertThat(e.scimType()).isEqualTo(ScimType.INVALID_VALUE));
      }
    }
    // BOOLEAN_STRINGS leaves numbers alone; NONE (strict) coerces nothing.
    assertThat(apply(booleans, schema, resource, body("{\"op\":\"replace\",\"path\":\"count\",\"value\":\"1\"}")))
        .isInstanceOf(ScimPatchException.class);
    assertThat(apply(Profile.strict(), schema, resource, body("{\"op\":\"replace\",\"path\":\"on\",\"value\":\"true\"}")))
        .isInstanceOf(ScimPatchException.class);
  }

  @Test
  void withExtensionsAddsToAPreset() {
    Schema mine = Schema.open("urn:example:params:scim:schemas:extension:acme:2.0:User", "Acme");
    Profile omni = Profile.named("omni");
    Profile more = omni.withExtensions(mine);
    assertThat(more.extensions()).hasSize(omni.extensions().size() + 1).endsWith(mine);
    assertThat(more.withExtensions(mine)).isEqualTo(more);
    ScimObject user = (ScimObject) Json.parse(USER);
    ScimNode write = body("{\"op\":\"add\",\"path\":\"urn:example:params:scim:schemas:extension:acme:2.0:User:badge\",\"value\":\"7\"}");
    assertThat(apply(omni, ResourceSchemas.user(), user, write)).isInstanceOf(ScimPatchException.class);
    assertThat(apply(more, ResourceSchemas.user(), user, write)).isInstanceOfSatisfying(ScimObject.class,
        r -> assertThat(r.get("urn:example:params:scim:schemas:extension:acme:2.0:User")).isEqualTo(Json.parse("{\"badge\":\"7\"}")));
    assertThat(catchThrowableOfType(NullPointerException.class, () -> omni.withExtensions((Schema) null))).isNotNull();
  }
}
