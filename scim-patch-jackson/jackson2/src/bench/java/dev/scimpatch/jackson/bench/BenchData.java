package dev.scimpatch.jackson.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimpatch.Limits;
import dev.scimpatch.Profile;
import dev.scimpatch.codec.Patcher;
import dev.scimpatch.jackson.ScimPatch;
import dev.scimpatch.schema.ResourceSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The resources, requests and facades the benchmarks share. Every document is made once, in a
 * benchmark's setup, as the UTF-8 bytes a server would hold or receive; nothing here is timed.
 *
 * <p>The facades are built here only, so that a change of the builder's API is one change:
 * {@link #facade} for stored resources under 1 MiB, {@link #largeResourceFacade} for larger ones
 * (groups of 10,000 members and more).
 */
final class BenchData {

  /** The floor's mapper: Jackson 2 as it comes, shared, as a server would hold it. */
  static final ObjectMapper MAPPER = new ObjectMapper();

  static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
  static final String GROUP_URN = "urn:ietf:params:scim:schemas:core:2.0:Group";
  static final String USER_URN = "urn:ietf:params:scim:schemas:core:2.0:User";
  static final String ENTERPRISE_URN = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  static final String BASE = "https://scim.example.com/v2/";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> GIVEN = List.of("Barbara", "Mona", "Jane", "Sam", "Émilie", "Ahmed", "Wei",
      "Olumide", "Priya", "Lars", "Sofía", "Kenji", "Anna", "Mateus", "Fatima", "John");
  private static final List<String> FAMILY = List.of("Jensen", "Doe", "Smith", "Łukasiewicz", "Nakamura", "García",
      "Okafor", "Müller", "Kowalski", "Patel", "Chen", "Johansson", "Rossi", "Silva", "Haddad", "Nguyen");

  private BenchData() {}

  // ------------------------------------------------------------------ facades

  /**
   * A facade with the default limits and codec: stored resources and requests up to 1 MiB.
   *
   * @param schema the schema, or {@code null} for schema-less resources
   * @param profile the profile
   * @return the facade
   */
  static ScimPatch facade(@Nullable ResourceSchema schema, Profile profile) {
    return ScimPatch.builder().schema(schema).profile(profile).build();
  }

  /**
   * A facade for stored resources larger than 1 MiB (a group of 10,000 members is about 1.5 MB):
   * the facade reads stored resources with {@link Limits#resourceDefaults()} (64 MiB), so this is
   * {@link #facade}; kept as its own name so that each benchmark says what it relies on.
   *
   * @param schema the schema, or {@code null}
   * @param profile the profile
   * @return the facade
   */
  static ScimPatch largeResourceFacade(@Nullable ResourceSchema schema, Profile profile) {
    return facade(schema, profile);
  }

  /**
   * A facade whose requests may be longer than 1 MiB, for a hostile shape whose larger size needs
   * it; every other limit is the default.
   *
   * @param schema the schema, or {@code null}
   * @param profile the profile
   * @param maxDocumentLength the longest request, in bytes
   * @return the facade
   */
  static ScimPatch largeRequestFacade(@Nullable ResourceSchema schema, Profile profile, long maxDocumentLength) {
    return builder(schema, profile)
        .limits(Limits.builder().maxDocumentLength(maxDocumentLength).build())
        .build();
  }

  private static Patcher.Builder<ScimPatch> builder(@Nullable ResourceSchema schema, Profile profile) {
    return ScimPatch.builder().schema(schema).profile(profile);
  }

  // ------------------------------------------------------------------ users

  /** The stored User of the Entra workload: core attributes, the enterprise extension, meta. */
  static final String USER = """
      {
        "schemas": [
          "urn:ietf:params:scim:schemas:core:2.0:User",
          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
        ],
        "id": "2819c223-7f76-453a-919d-413861904646",
        "externalId": "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef",
        "userName": "bjensen@contoso.com",
        "name": {
          "formatted": "Ms. Barbara J Jensen, III",
          "familyName": "Jensen",
          "givenName": "Barbara",
          "middleName": "Jane",
          "honorificPrefix": "Ms.",
          "honorificSuffix": "III"
        },
        "displayName": "Babs Jensen",
        "nickName": "Babs",
        "title": "Tour Guide",
        "userType": "Employee",
        "preferredLanguage": "en-US",
        "locale": "en-US",
        "timezone": "America/Los_Angeles",
        "active": true,
        "emails": [
          {"value": "bjensen@contoso.com", "type": "work", "primary": true},
          {"value": "babs@jensen.org", "type": "home"}
        ],
        "phoneNumbers": [
          {"value": "+1 555 555 5555", "type": "work"},
          {"value": "+1 555 555 4444", "type": "mobile"}
        ],
        "addresses": [
          {
            "type": "work",
            "streetAddress": "100 Universal City Plaza",
            "locality": "Hollywood",
            "region": "CA",
            "postalCode": "91608",
            "country": "US",
            "formatted": "100 Universal City Plaza\\nHollywood, CA 91608 USA",
            "primary": true
          }
        ],
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
          "employeeNumber": "701984",
          "costCenter": "4130",
          "organization": "Universal Studios",
          "division": "Theme Park",
          "department": "Tour Operations",
          "manager": {
            "value": "26118915-6090-4610-87e4-49d8ca9f808d",
            "$ref": "https://scim.example.com/v2/Users/26118915-6090-4610-87e4-49d8ca9f808d",
            "displayName": "John Smith"
          }
        },
        "meta": {
          "resourceType": "User",
          "created": "2024-01-23T04:56:22Z",
          "lastModified": "2025-05-13T04:42:34Z",
          "version": "W/\\"a330bc54f0671c9\\"",
          "location": "https://scim.example.com/v2/Users/2819c223-7f76-453a-919d-413861904646"
        }
      }
      """;

  /**
   * The Entra ID request: six operations as the provisioning service sends them (capitalised ops,
   * {@code "False"} for a boolean, the manager as a bare id).
   */
  static final String ENTRA_REQUEST = """
      {
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [
          {"op": "Replace", "path": "active", "value": "False"},
          {"op": "Replace", "path": "emails[type eq \\"work\\"].value", "value": "barbara.jensen@contoso.com"},
          {"op": "Replace", "path": "name.givenName", "value": "Barbara Jane"},
          {"op": "Replace", "path": "name.familyName", "value": "Jensen-Smith"},
          {"op": "Add", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", "value": "Finance"},
          {"op": "Add", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager", "value": "a4c1b6f2-36d8-4e1c-9d2a-5f0e7b3c8d91"}
        ]
      }
      """;

  // ------------------------------------------------------------------ groups

  /** {@return the id of the {@code i}th user of a kind, a UUID the same on every run} */
  static String userId(String kind, int i) {
    return UUID.nameUUIDFromBytes((kind + "-" + i).getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** {@return the id of the {@code i}th member of the stored groups} */
  static String memberId(int i) {
    return userId("member", i);
  }

  /** {@return a user's display name, realistic and not unique} */
  static String displayName(int i) {
    return GIVEN.get(i % GIVEN.size()) + " " + FAMILY.get((i / GIVEN.size()) % FAMILY.size());
  }

  /** {@return a member: {@code value}, {@code $ref}, {@code display}} */
  static ObjectNode member(String id, int i) {
    ObjectNode m = NODES.objectNode();
    m.put("value", id);
    m.put("$ref", BASE + "Users/" + id);
    m.put("display", displayName(i));
    return m;
  }

  /** {@return a member given by {@code $ref} only} */
  static ObjectNode refOnly(String id) {
    ObjectNode m = NODES.objectNode();
    m.put("$ref", BASE + "Users/" + id);
    return m;
  }

  /** {@return a stored group of {@code n} members, {@link #memberId}(0) to (n - 1)} */
  static byte[] group(int n) {
    ObjectNode g = NODES.objectNode();
    g.putArray("schemas").add(GROUP_URN);
    String id = userId("group", n);
    g.put("id", id);
    g.put("externalId", userId("group-external", n));
    g.put("displayName", "All Staff");
    ArrayNode members = g.putArray("members");
    for (int i = 0; i < n; i++) {
      members.add(member(memberId(i), i));
    }
    ObjectNode meta = g.putObject("meta");
    meta.put("resourceType", "Group");
    meta.put("created", "2024-01-23T04:56:22Z");
    meta.put("lastModified", "2025-05-13T04:42:34Z");
    meta.put("version", "W/\"3694e05e9dff591\"");
    meta.put("location", BASE + "Groups/" + id);
    return bytes(g);
  }

  // ------------------------------------------------------------------ requests

  /** {@return a new operation} */
  static ObjectNode op(String op, @Nullable String path, @Nullable JsonNode value) {
    ObjectNode o = NODES.objectNode();
    o.put("op", op);
    if (path != null) {
      o.put("path", path);
    }
    if (value != null) {
      o.set("value", value);
    }
    return o;
  }

  /** {@return a PatchOp message of these operations, as bytes} */
  static byte[] request(List<ObjectNode> operations) {
    ObjectNode r = NODES.objectNode();
    r.putArray("schemas").add(PATCH_OP);
    ArrayNode ops = r.putArray("Operations");
    operations.forEach(ops::add);
    return bytes(r);
  }

  /** {@return a new array node} */
  static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** {@return a new object node} */
  static ObjectNode object() {
    return NODES.objectNode();
  }

  /** {@return a string node} */
  static JsonNode text(String s) {
    return NODES.textNode(s);
  }

  /** {@return compact UTF-8 JSON} */
  static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@return UTF-8 bytes of a text} */
  static byte[] utf8(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** {@return a document read back, to check a workload's result} */
  static JsonNode read(byte[] json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails the run at once when a workload does not do what it says. */
  static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("workload check failed: " + what);
    }
  }
}
