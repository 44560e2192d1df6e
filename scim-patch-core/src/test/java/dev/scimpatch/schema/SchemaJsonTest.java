package dev.scimpatch.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scimpatch.internal.json.MiniJson;
import dev.scimpatch.testsupport.Json;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading and writing RFC 7643 §7 schema and §6 resource type representations. */
class SchemaJsonTest {

  private static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
  private static final List<Schema> BUILT_INS = List.of(
      ResourceSchemas.userSchema(), ResourceSchemas.enterpriseUserSchema(), ResourceSchemas.groupSchema());

  private static final String DEVICE = """
      {"id": "urn:example:params:scim:schemas:Device", "name": "Device", "description": "A device",
       "attributes": [
         {"name": "serial", "type": "string", "multiValued": false, "description": "Serial number",
          "required": true, "caseExact": true, "mutability": "immutable", "returned": "always",
          "uniqueness": "global"},
         {"name": "weight", "type": "decimal", "multiValued": false, "required": false, "caseExact": false,
          "mutability": "readWrite", "returned": "default", "uniqueness": "none"},
         {"name": "ports", "type": "integer", "multiValued": true, "mutability": "readOnly",
          "returned": "request", "uniqueness": "server"},
         {"name": "seen", "type": "dateTime", "returned": "never", "mutability": "writeOnly"},
         {"name": "firmware", "type": "binary"},
         {"name": "on", "type": "boolean"},
         {"name": "owner", "type": "reference", "referenceTypes": ["User", "Group"]},
         {"name": "slots", "type": "complex", "multiValued": true, "subAttributes": [
           {"name": "value", "type": "string", "canonicalValues": ["a", "b"], "multiValued": true},
           {"name": "$ref", "type": "reference", "referenceTypes": ["uri"]}]}
       ]}""";

  private static Schema device() {
    return new Schema("urn:example:params:scim:schemas:Device", "Device", "A device", List.of(
        Attribute.builder("serial").description("Serial number").required(true).caseExact(true)
            .mutability(Mutability.IMMUTABLE).returned(Returned.ALWAYS).uniqueness(Uniqueness.GLOBAL).build(),
        Attribute.builder("weight").type(AttributeType.DECIMAL).build(),
        Attribute.builder("ports").type(AttributeType.INTEGER).multiValued(true).mutability(Mutability.READ_ONLY)
            .returned(Returned.REQUEST).uniqueness(Uniqueness.SERVER).build(),
        Attribute.builder("seen").type(AttributeType.DATE_TIME).returned(Returned.NEVER)
            .mutability(Mutability.WRITE_ONLY).build(),
        Attribute.builder("firmware").type(AttributeType.BINARY).build(),
        Attribute.builder("on").type(AttributeType.BOOLEAN).build(),
        Attribute.builder("owner").type(AttributeType.REFERENCE).referenceTypes("User", "Group").build(),
        Attribute.builder("slots").multiValued(true).subAttributes(
            Attribute.builder("value").canonicalValues("a", "b").multiValued(true).build(),
            Attribute.builder("$ref").type(AttributeType.REFERENCE).referenceTypes("uri").build()).build()));
  }

  @Test
  void readsEveryTypeAndCharacteristic() {
    assertThat(SchemaJson.readSchema(Json.parse(DEVICE))).isEqualTo(device());
  }

  @Test
  void r_chr_1_aMissingCharacteristicTakesTheRfcDefault() {
    Schema s = SchemaJson.readSchema(Json.parse("{\"id\": \"urn:a:b\", \"attributes\": [{\"name\": \"x\"}]}"));
    assertThat(s).isEqualTo(new Schema("urn:a:b", "", "", List.of(Attribute.builder("x").build())));
    assertThat(SchemaJson.readSchema(Json.parse("{\"id\": \"urn:a:b\"}")).attributes()).isEmpty();
  }

  @Test
  void nullIsMissing() {
    Schema s = SchemaJson.readSchema(Json.parse("""
        {"id": "urn:a:b", "name": null, "description": null, "attributes": [
          {"name": "x", "type": null, "multiValued": null, "description": null, "required": null,
           "caseExact": null, "mutability": null, "returned": null, "uniqueness": null,
           "canonicalValues": null, "referenceTypes": null, "subAttributes": null}]}"""));
    assertThat(s).isEqualTo(new Schema("urn:a:b", "", "", List.of(Attribute.builder("x").build())));
  }

  @Test
  void memberNamesAndKeywordsMatchIgnoringAsciiCase() {
    Schema s = SchemaJson.readSchema(Json.parse("""
        {"ID": "urn:a:b", "Attributes": [
          {"NAME": "x", "Type": "DATETIME", "multivalued": true, "MUTABILITY": "readonly",
           "Returned": "Always", "uniqueness": "SERVER", "CASEEXACT": true}]}"""));
    assertThat(s.attributes()).containsExactly(Attribute.builder("x").type(AttributeType.DATE_TIME)
        .multiValued(true).mutability(Mutability.READ_ONLY).returned(Returned.ALWAYS)
        .uniqueness(Uniqueness.SERVER).caseExact(true).build());
    assertThatThrownBy(() -> SchemaJson.readSchema(Json.parse(
        "{\"id\": \"urn:a:b\", \"attributes\": [{\"name\": \"x\", \"type\": \"dateT\u0130me\"}]}")))
        .as("only ASCII letters fold").isInstanceOf(InvalidSchemaException.class);
  }

  @Test
  void oneSchemaAnArrayOrAListResponse() {
    ScimNode one = Json.parse(DEVICE);
    assertThat(SchemaJson.readSchemas(one)).containsExactly(device());
    assertThat(SchemaJson.readSchemas(Json.parse("[" + DEVICE + ", {\"id\": \"urn:a:b\"}]")))
        .containsExactly(device(), new Schema("urn:a:b", "", "", List.of()));
    assertThat(SchemaJson.readSchemas(Json.parse("""
        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], "totalResults": 1,
         "itemsPerPage": 1, "startIndex": 1, "Resources": [%s]}""".formatted(DEVICE))))
        .containsExactly(device());
    assertThat(SchemaJson.readSchemas(Json.parse("{\"Resources\": [" + DEVICE + "]}")))
        .as("Resources alone makes a ListResponse").containsExactly(device());
    assertThat(SchemaJson.readSchemas(Json.parse("""
        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], "totalResults": 0}""")))
        .as("RFC 7644 §3.4.2: no Resources when there are no results").isEmpty();
    assertThat(SchemaJson.readSchemas(Json.parse("[]"))).isEmpty();
  }

  @Test
  void acceptsTheSchemaResourcesOwnSchemasAndMeta() {
    ScimObject written = SchemaJson.write(device());
    assertThat(written.get("schemas").toString()).isEqualTo("[\"urn:ietf:params:scim:schemas:core:2.0:Schema\"]");
    ScimObject withLocation = written.with("meta", Json.parse("""
        {"resourceType": "Schema", "location": "/v2/Schemas/urn:example:params:scim:schemas:Device"}"""));
    assertThat(SchemaJson.readSchema(withLocation)).isEqualTo(device());
  }

  @Test
  void writesEveryCharacteristic() {
    Schema s = new Schema("urn:a:b", "AB", "", List.of(
        Attribute.builder("x").build(),
        Attribute.builder("r").type(AttributeType.REFERENCE).referenceTypes("User").description("d").build(),
        Attribute.builder("c").multiValued(true).subAttributes(
            Attribute.builder("v").canonicalValues("p", "q").build()).build()));
    assertThat(SchemaJson.write(s).toString()).isEqualTo("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Schema\"],"
        + "\"id\":\"urn:a:b\",\"name\":\"AB\",\"attributes\":["
        + "{\"name\":\"x\",\"type\":\"string\",\"multiValued\":false,\"required\":false,\"caseExact\":false,"
        + "\"mutability\":\"readWrite\",\"returned\":\"default\",\"uniqueness\":\"none\"},"
        + "{\"name\":\"r\",\"type\":\"reference\",\"multiValued\":false,\"description\":\"d\",\"required\":false,"
        + "\"caseExact\":false,\"mutability\":\"readWrite\",\"returned\":\"default\",\"uniqueness\":\"none\","
        + "\"referenceTypes\":[\"User\"]},"
        + "{\"name\":\"c\",\"type\":\"complex\",\"multiValued\":true,\"required\":false,\"caseExact\":false,"
        + "\"mutability\":\"readWrite\",\"returned\":\"default\",\"uniqueness\":\"none\",\"subAttributes\":["
        + "{\"name\":\"v\",\"type\":\"string\",\"multiValued\":false,\"required\":false,\"caseExact\":false,"
        + "\"mutability\":\"readWrite\",\"returned\":\"default\",\"uniqueness\":\"none\","
        + "\"canonicalValues\":[\"p\",\"q\"]}]}],"
        + "\"meta\":{\"resourceType\":\"Schema\"}}");
  }

  @Test
  void theBuiltInsRoundTrip() {
    for (Schema s : BUILT_INS) {
      assertThat(SchemaJson.readSchema(SchemaJson.write(s))).isEqualTo(s);
      ScimNode text = Objects.requireNonNull(MiniJson.parseDocument(SchemaJson.write(s).toString()));
      assertThat(SchemaJson.readSchema(text)).as("through JSON text").isEqualTo(s);
    }
    ScimObject list = SchemaJson.writeSchemas(BUILT_INS);
    assertThat(list.get("totalResults").toString()).isEqualTo("3");
    assertThat(SchemaJson.readSchemas(list)).isEqualTo(BUILT_INS);
    List<ResourceSchema> types = List.of(ResourceSchemas.user(), ResourceSchemas.group());
    assertThat(SchemaJson.readResourceTypes(SchemaJson.writeResourceTypes(types), BUILT_INS)).isEqualTo(types);
  }

  @Test
  void anOpenSchemaIsWrittenAsItsAttributesAndReadBackClosed() {
    Schema open = Schema.open("urn:a:b", "Open");
    assertThat(SchemaJson.readSchema(SchemaJson.write(open))).isEqualTo(new Schema("urn:a:b", "Open", "", List.of()));
  }

  // ------------------------------------------------------------------ resource types

  /** RFC 7643 §8.6, as published (its meta locations included). */
  private static final String RFC_RESOURCE_TYPES = """
      [{
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
        "id": "User",
        "name": "User",
        "endpoint": "/Users",
        "description": "User Account",
        "schema": "urn:ietf:params:scim:schemas:core:2.0:User",
        "schemaExtensions": [
          {
            "schema": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
            "required": true
          }
        ],
        "meta": {
          "location": "https://example.com/v2/ResourceTypes/User",
          "resourceType": "ResourceType"
        }
      },
      {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
        "id": "Group",
        "name": "Group",
        "endpoint": "/Groups",
        "description": "Group",
        "schema": "urn:ietf:params:scim:schemas:core:2.0:Group",
        "meta": {
          "location": "https://example.com/v2/ResourceTypes/Group",
          "resourceType": "ResourceType"
        }
      }]""";

  @Test
  void readsRfc7643Section86() {
    List<ResourceSchema> types = SchemaJson.readResourceTypes(Json.parse(RFC_RESOURCE_TYPES), BUILT_INS);
    ResourceSchema user = types.get(0);
    assertThat(user).isEqualTo(ResourceSchema.of("User", ResourceSchemas.userSchema(),
        List.of(ResourceSchemas.enterpriseUserSchema()), Set.of(ENTERPRISE)).withEndpoint("/Users"));
    assertThat(user.isRequired(ENTERPRISE)).isTrue();
    assertThat(user.isRequired(ENTERPRISE.toUpperCase(Locale.ROOT))).isTrue();
    assertThat(user.isRequired(USER)).as("the core schema").isTrue();
    assertThat(user.isRequired(GROUP)).as("not one of its schemas").isFalse();
    assertThat(user).as("the built-in's extension is optional").isNotEqualTo(ResourceSchemas.user());
    assertThat(types.get(1)).isEqualTo(ResourceSchemas.group());
    assertThat(types.get(1).endpoint()).contains("/Groups");
  }

  @Test
  void resourceTypesOneAnArrayOrAListResponse() {
    String group = """
        {"name": "Group", "schema": "urn:ietf:params:scim:schemas:core:2.0:Group"}""";
    ResourceSchema expected = ResourceSchema.of("Group", ResourceSchemas.groupSchema(), List.of());
    assertThat(SchemaJson.readResourceTypes(Json.parse(group), BUILT_INS)).containsExactly(expected);
    assertThat(SchemaJson.readResourceTypes(Json.parse("[" + group + "]"), BUILT_INS)).containsExactly(expected);
    assertThat(SchemaJson.readResourceTypes(Json.parse("""
        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], "totalResults": 1,
         "Resources": [%s]}""".formatted(group)), BUILT_INS)).containsExactly(expected);
    assertThat(expected.endpoint()).as("no endpoint given").isEmpty();
  }

  @Test
  void requiredExtensions() {
    String doc = """
        {"name": "User", "endpoint": "/Users", "schema": "URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER",
         "schemaExtensions": [{"schema": "%s", "required": false}, {"schema": "urn:example:x"}]}""";
    Schema x = Schema.of("urn:example:x", "X");
    ResourceSchema r = SchemaJson.readResourceTypes(Json.parse(doc.formatted(ENTERPRISE)),
        List.of(ResourceSchemas.userSchema(), ResourceSchemas.enterpriseUserSchema(), x)).get(0);
    assertThat(r.core()).isSameAs(ResourceSchemas.userSchema());
    assertThat(r.extensions()).containsExactly(ResourceSchemas.enterpriseUserSchema(), x);
    assertThat(r.isRequired(ENTERPRISE)).isFalse();
    assertThat(r.isRequired("urn:example:x")).as("a missing required is false").isFalse();
    ResourceSchema required = ResourceSchema.of("User", ResourceSchemas.userSchema(), r.extensions(),
        Set.of("urn:example:X"));
    assertThat(required.isRequired("urn:example:x")).isTrue();
    assertThat(SchemaJson.write(required).toString()).contains(
        "\"schemaExtensions\":[{\"schema\":\"" + ENTERPRISE + "\",\"required\":false},"
            + "{\"schema\":\"urn:example:x\",\"required\":true}]");
    assertThat(required.withExtensions(List.of(Schema.of("urn:example:y", "Y"))).isRequired("urn:example:x"))
        .as("withExtensions keeps the required ones").isTrue();
    assertThatThrownBy(() -> ResourceSchema.of("User", ResourceSchemas.userSchema(), List.of(), Set.of(ENTERPRISE)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void resourceSchemaEquality() {
    ResourceSchema a = ResourceSchema.of("User", ResourceSchemas.userSchema(), List.of(ResourceSchemas.enterpriseUserSchema()));
    ResourceSchema b = ResourceSchema.of("User", ResourceSchemas.userSchema(), List.of(ResourceSchemas.enterpriseUserSchema()),
        Set.of());
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.withEndpoint("/Users")).isEqualTo(ResourceSchemas.user()).hasSameHashCodeAs(ResourceSchemas.user());
    assertThat(a).isNotEqualTo(a.withEndpoint("/Users"));
    assertThat(a).isNotEqualTo(ResourceSchema.of("User", ResourceSchemas.userSchema(),
        List.of(ResourceSchemas.enterpriseUserSchema()), Set.of(ENTERPRISE)));
    assertThat(ResourceSchema.of("User", ResourceSchemas.userSchema(), List.of(ResourceSchemas.enterpriseUserSchema()),
        Set.of(ENTERPRISE)).withEndpoint("/Users").toString())
        .isEqualTo("ResourceSchema{User /Users: [" + USER + ", " + ENTERPRISE + " (required)]}");
  }

  @Test
  void writesAResourceType() {
    assertThat(SchemaJson.write(ResourceSchemas.user()).toString()).isEqualTo(
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:ResourceType\"],\"id\":\"User\",\"name\":\"User\","
            + "\"endpoint\":\"/Users\",\"schema\":\"" + USER + "\",\"schemaExtensions\":[{\"schema\":\"" + ENTERPRISE
            + "\",\"required\":false}],\"meta\":{\"resourceType\":\"ResourceType\"}}");
    assertThat(SchemaJson.write(ResourceSchema.of("G", ResourceSchemas.groupSchema(), List.of())).toString())
        .isEqualTo("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:ResourceType\"],\"id\":\"G\",\"name\":\"G\","
            + "\"schema\":\"" + GROUP + "\",\"meta\":{\"resourceType\":\"ResourceType\"}}");
  }

  @Test
  void theExceptionCarriesPointerAndReason() {
    InvalidSchemaException e = catchThrowableOfType(InvalidSchemaException.class,
        () -> SchemaJson.readSchema(Json.parse("""
            {"id": "urn:a:b", "attributes": [{"name": "a"}, {"name": "b"}, {"name": "c"},
             {"name": "d", "subAttributes": [{"name": "e", "type": "strin"}], "type": "complex"}]}""")));
    assertThat(e.pointer()).isEqualTo("/attributes/3/subAttributes/0/type");
    assertThat(e.reason()).isEqualTo("unknown type \"strin\"");
    assertThat(e).hasMessage("unknown type \"strin\" at /attributes/3/subAttributes/0/type");
    InvalidSchemaException root = catchThrowableOfType(InvalidSchemaException.class,
        () -> SchemaJson.readSchemas(Json.parse("true")));
    assertThat(root.pointer()).isEmpty();
    assertThat(root).hasMessage("expected a schema, an array of them or a ListResponse, not boolean at the document's root");
  }
}
