package dev.scimpatch.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.Emulation;
import dev.scimpatch.Op;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimType;
import dev.scimpatch.Tolerance;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.schema.Schema;
import dev.scimpatch.testsupport.Json;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resolving operations against a resource type: once, into steps, copying only what changes. */
class ResourceTypeTest {

  private static final ResourceType USER = ResourceType.of(ResourceSchemas.user(), Profile.strict());

  @Test
  void aValueAlreadyCanonicalIsNotCopied() {
    ScimNode emails = Json.parse("[{\"value\": \"a@x.org\", \"type\": \"work\", \"primary\": true}]");
    PatchOperation op = new PatchOperation.Add(dev.scimpatch.path.Path.parse("emails"), emails);
    ResourceType.Resolved r = USER.resolve(op);
    assertThat(r.operation()).as("review D11: nothing to change, nothing copied").isSameAs(op);
    assertThat(r.steps()).singleElement().satisfies(step -> assertThat(step.value()).isSameAs(emails));
  }

  @Test
  void subAttributesTakeTheSchemasSpelling() {
    ResourceType.Resolved r = USER.resolve(new PatchOperation.Add(dev.scimpatch.path.Path.parse("EMAILS"),
        Json.parse("[{\"VALUE\": \"a@x.org\", \"Type\": \"work\"}]")));
    ResolvedOperation step = r.steps().get(0);
    assertThat(step.attribute().name()).isEqualTo("emails");
    assertThat(step.value().toString()).isEqualTo("[{\"value\":\"a@x.org\",\"type\":\"work\"}]");
  }

  @Test
  void withoutASchemaOnlyUnqualifiedNamesAreCommonAttributes() {
    ScimNode value = Json.parse("{\"VERSION\": \"x\"}");
    ResourceType.Resolved ext = ResourceType.schemaless().resolve(
        new PatchOperation.Add(dev.scimpatch.path.Path.parse("urn:omni:params:1.0:UserAttribute:META"), value));
    assertThat(ext.steps()).singleElement().satisfies(step -> {
      assertThat(step.attribute().definition()).as("RFC 7643 §3.1: common attributes belong to no schema").isNull();
      assertThat(step.value()).isSameAs(value);
    });
    ResourceType.Resolved common = ResourceType.schemaless().resolve(
        new PatchOperation.Add(dev.scimpatch.path.Path.parse("META"), value));
    assertThat(common.steps()).singleElement()
        .satisfies(step -> assertThat(step.attribute().definition()).isEqualTo(ResourceSchema.META));
  }

  @Test
  void aValueWithoutAPathIsOneStepPerAttribute() {
    ResourceType.Resolved r = USER.resolve(new PatchOperation.Replace(null, Json.parse(
        "{\"nickName\": \"Babs\", \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\": {\"employeeNumber\": \"7\"}}")));
    assertThat(r.steps()).extracting(s -> s.attribute().name()).containsExactly("nickName", "employeeNumber");
    assertThat(r.steps()).extracting(s -> s.attribute().container())
        .containsExactly(null, "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
    assertThat(r.steps()).extracting(ResolvedOperation::op).containsOnly(Op.REPLACE);
  }

  @Test
  void whatDoesNotResolveIsAFailureForTheEngine() {
    ResourceType.Resolved r = USER.resolve(PatchOperation.remove("nosuch"));
    assertThat(r.steps()).isEmpty();
    assertThat(r.failure()).isNotNull();
    assertThat(r.failure().scimType()).isEqualTo(ScimType.INVALID_PATH);
    ResourceType.Resolved typed = USER.resolve(PatchOperation.replace("active", Json.parse("\"yes\"")));
    assertThat(typed.failure()).isNotNull();
    assertThat(typed.failure().scimType()).isEqualTo(ScimType.INVALID_VALUE);
  }

  @Test
  void valueTolerancesActInTheSameWalk() {
    ResourceType entra = ResourceType.of(ResourceSchemas.user(), Profile.named("entra"));
    ResourceType.Resolved r = entra.resolve(PatchOperation.replace("active", Json.parse("\"False\"")));
    assertThat(r.steps().get(0).value()).isEqualTo(ScimBoolean.FALSE);
    assertThat(r.operation()).isEqualTo(PatchOperation.replace("active", ScimBoolean.FALSE));
  }

  @Test
  void theProfilesExtensionsJoinTheSchemaOnce() {
    Schema ext = Schema.open("urn:example:params:1.0:Extra", "Extra");
    ResourceType type = ResourceType.of(ResourceSchemas.user(),
        Profile.strict().with(new Emulation.Extensions(List.of(ext))));
    assertThat(type.knownUrns()).endsWith("urn:example:params:1.0:Extra");
    assertThat(type.schema().map(ResourceSchema::extensions).orElseThrow()).contains(ext);
    assertThat(type.pathParser().parse("urn:example:params:1.0:Extra:anything").schema())
        .isEqualTo("urn:example:params:1.0:Extra");
    AttributeRef ref = type.lookup("urn:example:params:1.0:Extra", "anything");
    assertThat(ref).isNotNull();
    assertThat(ref.definition()).as("an open extension's attributes are untyped").isNull();
  }

  @Test
  void theProfileDropsWhatItIgnores() {
    ResourceType lenient = ResourceType.of(ResourceSchemas.user(),
        Profile.strict().with(Tolerance.UnknownAttributes.IGNORE, Tolerance.ReadOnlyEcho.IGNORE));
    ResourceType.Resolved unknown = lenient.resolve(PatchOperation.replace("nosuch", Json.parse("1")));
    assertThat(unknown.operation()).isNull();
    assertThat(unknown.steps()).isEmpty();
    assertThat(unknown.failure()).isNull();
    ResourceType.Resolved readOnly = lenient.resolve(new PatchOperation.Add(null, Json.parse(
        "{\"id\": \"x\", \"nickName\": \"Babs\"}")));
    assertThat(readOnly.operation()).isEqualTo(new PatchOperation.Add(null, ScimObject.of("nickName",
        dev.scimpatch.tree.ScimString.of("Babs"))));
  }
}
