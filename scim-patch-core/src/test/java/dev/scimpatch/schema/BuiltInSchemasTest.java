package dev.scimpatch.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimpatch.testsupport.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The built-in schemas against RFC 7643 §8.7.1's JSON, read raw (with Jackson, not
 * {@link SchemaJson}): they differ by the listed errata and additions only, so that any new
 * difference fails here.
 */
class BuiltInSchemasTest {

  private static final String FILES = "/dev/scimpatch/schema/";

  @Test
  void theBuiltInsAreRfc7643Section871WithTheseChangesOnly() {
    List<String> differences = new ArrayList<>();
    diff(Json.resource(FILES + "User.json"), ResourceSchemas.userSchema(), differences);
    diff(Json.resource(FILES + "Enterprise-User.json"), ResourceSchemas.enterpriseUserSchema(), differences);
    diff(Json.resource(FILES + "Group.json"), ResourceSchemas.groupSchema(), differences);
    assertThat(differences).containsExactly(
        // RFC 7643 §2.4 ("the preferred mailing address"), §8.2 example, RFC 7644 §3.5.2.3 example
        "User addresses.primary: added {type=boolean, multiValued=false, required=false, caseExact=false, "
            + "mutability=readWrite, returned=default, uniqueness=none}",
        // Erratum 8471
        "User groups.$ref referenceTypes: [User, Group] -> [Group]",
        // RFC 7643 §2.4 default sub-attributes; readOnly like the rest of groups (§4.1.2)
        "User groups.primary: added {type=boolean, multiValued=false, required=false, caseExact=false, "
            + "mutability=readOnly, returned=default, uniqueness=none}",
        // Erratum 5368
        "Group displayName required: false -> true",
        // RFC 7643 §8.4 example, RFC 7644 §3.5.2.1 example; immutable like the rest of members (§4.2)
        "Group members.display: added {type=string, multiValued=false, required=false, caseExact=false, "
            + "mutability=immutable, returned=default, uniqueness=none}");
  }

  @Test
  void theBuiltInResourceSchemas() {
    assertThat(ResourceSchemas.user().schemaUrns()).containsExactly(
        "urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
    assertThat(ResourceSchemas.user().isRequired("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"))
        .as("the enterprise extension is optional").isFalse();
    assertThat(ResourceSchemas.user().endpoint()).contains("/Users");
    assertThat(ResourceSchemas.group().extensions()).isEmpty();
    assertThat(ResourceSchemas.group().endpoint()).contains("/Groups");
    assertThat(ResourceSchemas.userSchema().description()).isEqualTo("User Account");
  }

  private static void diff(JsonNode json, Schema schema, List<String> out) {
    String which = schema.name().equals("EnterpriseUser") ? "Enterprise" : schema.name();
    same(which + " id", json.get("id").asText(), schema.id(), out);
    same(which + " name", json.get("name").asText(), schema.name(), out);
    same(which + " description", json.path("description").asText(""), schema.description(), out);
    diff(which + " ", json.get("attributes"), schema.attributes(), out);
  }

  /** The attributes in {@code json} against {@code attributes}, in the JSON's order, then the added ones. */
  private static void diff(String where, JsonNode json, List<Attribute> attributes, List<String> out) {
    List<String> names = new ArrayList<>();
    for (JsonNode a : json) {
      String name = a.get("name").asText();
      names.add(name);
      Attribute built = attributes.stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
      if (built == null) {
        out.add(where + name + ": removed");
      } else {
        diff(where + name, a, built, out);
      }
    }
    for (Attribute a : attributes) {
      if (!names.contains(a.name())) {
        out.add(where + a.name() + ": added " + characteristics(a));
      }
    }
  }

  private static void diff(String where, JsonNode json, Attribute a, List<String> out) {
    same(where + " type", json.path("type").asText("string"), a.type().keyword(), out);
    same(where + " multiValued", json.path("multiValued").asBoolean(false), a.multiValued(), out);
    same(where + " description", json.path("description").asText(""), a.description(), out);
    same(where + " required", json.path("required").asBoolean(false), a.required(), out);
    same(where + " caseExact", json.path("caseExact").asBoolean(false), a.caseExact(), out);
    same(where + " mutability", json.path("mutability").asText("readWrite"), a.mutability().keyword(), out);
    same(where + " returned", json.path("returned").asText("default"), a.returned().keyword(), out);
    same(where + " uniqueness", json.path("uniqueness").asText("none"), a.uniqueness().keyword(), out);
    same(where + " canonicalValues", strings(json.path("canonicalValues")), a.canonicalValues(), out);
    same(where + " referenceTypes", strings(json.path("referenceTypes")), a.referenceTypes(), out);
    diff(where + ".", json.path("subAttributes"), a.subAttributes(), out);
  }

  private static void same(String what, Object rfc, Object builtIn, List<String> out) {
    if (!rfc.equals(builtIn)) {
      out.add(what + ": " + rfc + " -> " + builtIn);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static String characteristics(Attribute a) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("type", a.type().keyword());
    c.put("multiValued", a.multiValued());
    c.put("required", a.required());
    c.put("caseExact", a.caseExact());
    c.put("mutability", a.mutability().keyword());
    c.put("returned", a.returned().keyword());
    c.put("uniqueness", a.uniqueness().keyword());
    if (!a.canonicalValues().isEmpty()) {
      c.put("canonicalValues", a.canonicalValues());
    }
    if (!a.referenceTypes().isEmpty()) {
      c.put("referenceTypes", a.referenceTypes());
    }
    return c.toString();
  }
}
