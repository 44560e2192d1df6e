package dev.scimpatch.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimpatch.testsupport.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema model and the built-in RFC 7643 schemas. */
class SchemaTest {

  @Test
  void r_chr_1_theBuilderStartsFromTheRfcDefaults() {
    Attribute a = Attribute.builder("x").build();
    assertThat(a.type()).isEqualTo(AttributeType.STRING);
    assertThat(a.multiValued()).isFalse();
    assertThat(a.required()).isFalse();
    assertThat(a.caseExact()).isFalse();
    assertThat(a.mutability()).isEqualTo(Mutability.READ_WRITE);
    assertThat(a.returned()).isEqualTo(Returned.DEFAULT);
    assertThat(a.uniqueness()).isEqualTo(Uniqueness.NONE);
    assertThat(a.canonicalValues()).isEmpty();
    assertThat(a.subAttributes()).isEmpty();
    assertThat(a.toBuilder().build()).isEqualTo(a);
  }

  /** RFC 7643 §8.7.1 as published (test resources, descriptions stripped), against the built-ins. */
  @Test
  void builtInsMatchRfc7643Section871WithErrata() {
    compare(Json.resource("/schemas/User.json"), ResourceSchemas.userSchema(), "User");
    compare(Json.resource("/schemas/Enterprise-User.json"), ResourceSchemas.enterpriseUserSchema(), "Enterprise");
    compare(Json.resource("/schemas/Group.json"), ResourceSchemas.groupSchema(), "Group");
    assertThat(ResourceSchemas.user().schemaUrns()).containsExactly(
        "urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
    assertThat(ResourceSchemas.group().extensions()).isEmpty();
  }

  private static void compare(JsonNode json, Schema schema, String which) {
    assertThat(schema.id()).isEqualTo(json.get("id").asText());
    assertThat(schema.name()).isEqualTo(json.get("name").asText());
    List<String> names = new ArrayList<>();
    for (JsonNode a : json.get("attributes")) {
      names.add(a.get("name").asText());
      compare(a, schema.attribute(a.get("name").asText()).orElseThrow(), which);
    }
    assertThat(schema.attributes()).extracting(Attribute::name).containsExactlyElementsOf(names);
  }

  private static void compare(JsonNode json, Attribute a, String which) {
    String where = which + "." + a.name();
    assertThat(a.name()).isEqualTo(json.get("name").asText());
    assertThat(a.type().keyword()).as(where).isEqualTo(json.get("type").asText());
    assertThat(a.multiValued()).as(where).isEqualTo(json.get("multiValued").asBoolean());
    boolean required = json.path("required").asBoolean(false);
    if (where.equals("Group.displayName")) {
      assertThat(required).as("the published JSON says false").isFalse();
      assertThat(a.required()).as("erratum 5368 makes Group displayName required").isTrue();
    } else {
      assertThat(a.required()).as(where).isEqualTo(required);
    }
    assertThat(a.caseExact()).as(where).isEqualTo(json.path("caseExact").asBoolean(false));
    assertThat(a.mutability().keyword()).as(where).isEqualTo(json.path("mutability").asText("readWrite"));
    assertThat(a.returned().keyword()).as(where).isEqualTo(json.path("returned").asText("default"));
    assertThat(a.uniqueness().keyword()).as(where).isEqualTo(json.path("uniqueness").asText("none"));
    List<String> canonical = new ArrayList<>();
    json.path("canonicalValues").forEach(v -> canonical.add(v.asText()));
    assertThat(a.canonicalValues()).as(where).isEqualTo(canonical);
    List<String> references = new ArrayList<>();
    json.path("referenceTypes").forEach(v -> references.add(v.asText()));
    if (where.equals("User.groups.$ref")) {
      assertThat(a.referenceTypes()).as("erratum 8471: groups refer to Groups only").containsExactly("Group");
    } else {
      assertThat(a.referenceTypes()).as(where).isEqualTo(references);
    }
    List<String> subs = new ArrayList<>();
    for (JsonNode sub : json.path("subAttributes")) {
      subs.add(sub.get("name").asText());
      compare(sub, a.subAttribute(sub.get("name").asText()).orElseThrow(), where);
    }
    assertThat(a.subAttributes()).extracting(Attribute::name).containsExactlyElementsOf(subs);
  }

  @Test
  void commonAttributes() {
    assertThat(ResourceSchema.commonAttributes()).extracting(Attribute::name)
        .containsExactly("id", "externalId", "meta", "schemas");
    assertThat(ResourceSchema.ID.mutability()).isEqualTo(Mutability.READ_ONLY);
    assertThat(ResourceSchema.ID.caseExact()).isTrue();
    assertThat(ResourceSchema.EXTERNAL_ID.caseExact()).isTrue();
    assertThat(ResourceSchema.META.subAttributes()).allMatch(s -> s.mutability() == Mutability.READ_ONLY);
    assertThat(ResourceSchemas.user().coreAttribute("ID")).contains(ResourceSchema.ID);
    assertThat(ResourceSchemas.user().coreAttribute("USERNAME").orElseThrow().name()).isEqualTo("userName");
    assertThat(ResourceSchemas.user().schema("URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER"))
        .contains(ResourceSchemas.enterpriseUserSchema());
    assertThat(ResourceSchemas.user().extension(ResourceSchemas.userSchema().id())).isEmpty();
  }

  @Test
  void invalidDefinitionsAreRefused() {
    Attribute complex = Attribute.builder("c").subAttributes(Attribute.builder("x").build()).build();
    assertThatThrownBy(() -> Attribute.builder("outer").subAttributes(complex).build())
        .as("RFC 7643 §2.3.8").isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Attribute.builder("1x").build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Attribute.builder("c").subAttributes(Attribute.builder("a").build(), Attribute.builder("A").build()).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Schema.of("not-a-urn", "X")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Schema.of("urn:a:b", "X", Attribute.builder("a").build(), Attribute.builder("A").build()))
        .isInstanceOf(IllegalArgumentException.class);
    Schema core = Schema.of("urn:a:b", "X", Attribute.builder("id").build());
    assertThatThrownBy(() -> ResourceSchema.of("X", core, List.of())).as("redefines id").isInstanceOf(IllegalArgumentException.class);
    Schema ok = Schema.of("urn:a:b", "X");
    assertThatThrownBy(() -> ResourceSchema.of("X", ok, List.of(Schema.of("URN:A:B", "Y"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Mutability.fromKeyword("readOnly")).contains(Mutability.READ_ONLY);
    assertThat(Returned.fromKeyword("request")).contains(Returned.REQUEST);
    assertThat(Uniqueness.fromKeyword("global")).contains(Uniqueness.GLOBAL);
    assertThat(AttributeType.fromKeyword("dateTime")).contains(AttributeType.DATE_TIME);
    assertThat(AttributeType.fromKeyword("DateTime")).isEmpty();
  }
}
