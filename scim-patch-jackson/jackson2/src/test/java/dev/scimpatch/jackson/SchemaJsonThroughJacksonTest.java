package dev.scimpatch.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.PatchResult;
import dev.scimpatch.schema.Attribute;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.schema.Schema;
import dev.scimpatch.schema.SchemaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * RFC 7643 schema representations read through Jackson: the §8.7.1 files the built-in schemas
 * come from, the README's "Your own schemas" code, and the built-ins written and read back.
 */
class SchemaJsonThroughJacksonTest {

  private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  @Test
  void theRfcFilesAreTheBuiltInsBeforeTheirListedChanges() {
    check("User.json", ResourceSchemas.userSchema(), Set.of("addresses", "groups"));
    check("Enterprise-User.json", ResourceSchemas.enterpriseUserSchema(), Set.of());
    check("Group.json", ResourceSchemas.groupSchema(), Set.of("displayName", "members"));
  }

  /** The file read through Jackson equals {@code builtIn} but for the attributes {@code changed}. */
  private static void check(String file, Schema builtIn, Set<String> changed) {
    Schema rfc = SchemaJson.readSchema(ScimJson.defaults().read(rfc7643(file)));
    assertThat(rfc.id()).isEqualTo(builtIn.id());
    assertThat(rfc.name()).isEqualTo(builtIn.name());
    assertThat(rfc.description()).isEqualTo(builtIn.description());
    assertThat(rfc.attributes()).extracting(Attribute::name)
        .containsExactlyElementsOf(builtIn.attributes().stream().map(Attribute::name).toList());
    for (Attribute a : rfc.attributes()) {
      Attribute b = builtIn.attribute(a.name()).orElseThrow();
      if (changed.contains(a.name())) {
        assertThat(a).as("%s is one of the listed changes", a.name()).isNotEqualTo(b);
      } else {
        assertThat(a).as(a.name()).isEqualTo(b);
      }
    }
  }

  /** The README's "Your own schemas", with the RFC's files and RFC 7643 §8.6's resource types. */
  @Test
  void yourOwnSchemas() {
    byte[] schemasJson = ("[" + new String(rfc7643("User.json"), StandardCharsets.UTF_8) + ","
        + new String(rfc7643("Enterprise-User.json"), StandardCharsets.UTF_8) + "]").getBytes(StandardCharsets.UTF_8);
    byte[] resourceTypesJson = ("""
        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], "totalResults": 1,
         "Resources": [{"schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
           "id": "User", "name": "User", "endpoint": "/Users", "description": "User Account",
           "schema": "urn:ietf:params:scim:schemas:core:2.0:User",
           "schemaExtensions": [{"schema": "%s", "required": true}]}]}""".formatted(ENTERPRISE))
        .getBytes(StandardCharsets.UTF_8);

    ScimJson json = ScimJson.defaults();
    List<Schema> schemas = SchemaJson.readSchemas(json.read(schemasJson));
    List<ResourceSchema> types = SchemaJson.readResourceTypes(json.read(resourceTypesJson), schemas);
    ScimPatch users = ScimPatch.builder().schema(types.get(0)).build();
    byte[] body = json.writeBytes(SchemaJson.writeSchemas(schemas)); // GET /Schemas

    assertThat(types.get(0).isRequired(ENTERPRISE)).isTrue();
    assertThat(types.get(0).endpoint()).contains("/Users");
    assertThat(SchemaJson.readSchemas(json.read(body))).isEqualTo(schemas);
    PatchResult result = users.applyForResult(
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"bjensen\"}"
            .getBytes(StandardCharsets.UTF_8),
        ("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"add\","
            + "\"path\":\"" + ENTERPRISE + ":employeeNumber\",\"value\":\"701984\"}]}").getBytes(StandardCharsets.UTF_8));
    assertThat(result.resource().toString()).contains("\"employeeNumber\":\"701984\"");
  }

  @Test
  void theBuiltInsRoundTripThroughJacksonBytes() {
    ScimJson json = ScimJson.defaults();
    List<Schema> builtIns = List.of(
        ResourceSchemas.userSchema(), ResourceSchemas.enterpriseUserSchema(), ResourceSchemas.groupSchema());
    assertThat(SchemaJson.readSchemas(json.read(json.writeBytes(SchemaJson.writeSchemas(builtIns)))))
        .isEqualTo(builtIns);
    List<ResourceSchema> types = List.of(ResourceSchemas.user(), ResourceSchemas.group());
    assertThat(SchemaJson.readResourceTypes(json.read(json.writeBytes(SchemaJson.writeResourceTypes(types))), builtIns))
        .isEqualTo(types);
  }

  /** A §8.7.1 file as the core holds it among its resources. */
  private static byte[] rfc7643(String file) {
    try (InputStream in = ResourceSchemas.class.getResourceAsStream(file)) {
      return Objects.requireNonNull(in, file).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
