package dev.scimpatch.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scimpatch.PatchResult;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.path.Path;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The requests of the vendors' own documentation ({@code vendor-docs}: Omni, Adra, Seismic,
 * GitHub), as raw bytes through {@link ScimPatch} built with each vendor's preset, and the lookup
 * of presets by name.
 */
class ProfileFacadeTest {

  private static final ScimJson JSON = ScimJson.defaults();

  // ------------------------------------------------------------------ Omni (vendor-docs/000)

  /** The user of Omni's documented response, before the request. */
  private static final String OMNI_USER = """
      {
      "active": true,
      "displayName": "Blob Ross",
      "emails": [
      {
      "primary": true,
      "value": "blob.ross@blobsrus.co"
      }
      ],
      "groups": [],
      "id": "9e8719d9-276a-4964-9395-a493189a247c",
      "meta": {
      "created": "2024-12-03T23:13:14.109Z",
      "lastModified": "2024-12-03T23:13:14.109Z",
      "resourceType": "User"
      },
      "schemas": [
      "urn:ietf:params:scim:schemas:core:2.0:User"
      ],
      "userName": "blob.ross@blobsrus.co"
      }""";

  /** Omni's documented request, as its curl example sends it. */
  private static final String OMNI_REQUEST = """

      {
      "schemas": [
      "urn:ietf:params:scim:api:messages:2.0:PatchOp"
      ],
      "Operations": [
      {
      "op": "replace",
      "path": "active",
      "value": false
      }
      ]
      }
      """;

  /** Omni's documented response. */
  private static final String OMNI_RESPONSE = OMNI_USER.replace("\"active\": true", "\"active\": false");

  @Test
  void omniDocumentedRequestGivesTheDocumentedResponse() {
    ScimPatch omni = facade("omni", ResourceSchemas.user());
    PatchResult result = omni.applyForResult(bytes(OMNI_USER), bytes(OMNI_REQUEST));
    assertThat(result.changed()).isTrue();
    assertThat(result.resource()).isEqualTo(JSON.read(OMNI_RESPONSE));
    assertThat(JSON.read(omni.apply(bytes(OMNI_USER), bytes(OMNI_REQUEST)))).isEqualTo(JSON.read(OMNI_RESPONSE));
    assertThat(omni.readOperations(bytes(OMNI_REQUEST)))
        .containsExactly(new PatchOperation.Replace(Path.parse("active"), ScimBoolean.FALSE));
  }

  @Test
  void omniKnowsItsUserAttributeExtension() {
    ScimPatch omni = facade("omni", ResourceSchemas.user());
    String request = """
        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
         "Operations": [{"op": "add", "path": "urn:omni:params:1.0:UserAttribute:good_blob", "value": "yes"}]}""";
    ScimObject patched = omni.applyForResult(bytes(OMNI_USER), bytes(request)).resource();
    assertThat(patched.get("urn:omni:params:1.0:UserAttribute")).isEqualTo(JSON.read("{\"good_blob\": \"yes\"}"));
    // Strict does not know it.
    assertRefused(facade("strict", ResourceSchemas.user()), OMNI_USER, request, 400, ScimType.INVALID_PATH);
  }

  @Test
  void omniRefusesAnUnfilteredMemberRemoval() {
    String group = """
        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "id": "g1", "displayName": "Analysts",
         "members": [{"value": "9e8719d9-276a-4964-9395-a493189a247c"}, {"value": "u2"}]}""";
    ScimPatch omni = facade("omni", ResourceSchemas.group());
    assertRefused(omni, group, patchOp("{\"op\": \"remove\", \"path\": \"members\"}"), 400, ScimType.MUTABILITY);
    ScimObject patched = omni.applyForResult(bytes(group), bytes(patchOp("{\"op\": \"remove\", \"path\": \"members[value eq \\\"u2\\\"]\"}")))
        .resource();
    assertThat(patched.get("members")).isEqualTo(JSON.read("[{\"value\": \"9e8719d9-276a-4964-9395-a493189a247c\"}]"));
  }

  // ------------------------------------------------------------------ Adra (vendor-docs/001)

  private static final String ADRA_USER = """
      {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "id": "7d5f3a10", "userName": "jane.doe@adra.example",
       "name": {"familyName": "Doe", "givenName": "Jane"}, "active": true, "timezone": "Europe/London",
       "emails": [{"value": "jane.doe@adra.example", "type": "work", "primary": true}]}""";

  /** The body of Adra's curl example, byte for byte. */
  private static final String ADRA_CURL = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
      + "\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":\"false\"}]}";

  /** Adra's request example. */
  private static final String ADRA_EXAMPLE = """
      {
        "schemas": [
          "urn:ietf:params:scim:api:messages:2.0:PatchOp"
        ],
        "Operations": [
          {
            "op": "replace",
            "path": "active",
            "value": "false"
          }
        ]
      }""";

  @Test
  void adraDocumentedExamplesDeactivateWithABoolean() {
    ScimPatch adra = facade("adra", ResourceSchemas.user());
    for (String request : List.of(ADRA_CURL, ADRA_EXAMPLE)) {
      ScimObject patched = adra.applyForResult(bytes(ADRA_USER), bytes(request)).resource();
      assertThat(patched.get("active")).isEqualTo(ScimBoolean.FALSE);
      assertRefused(facade("strict", ResourceSchemas.user()), ADRA_USER, request, 400, ScimType.INVALID_VALUE);
    }
  }

  @Test
  void adraOpenApiShape() {
    ScimPatch adra = facade("adra", ResourceSchemas.user());
    String request = """
        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
         "operations": [{"op": "Replace", "path": "name.familyName", "value": [{"value": "Smith"}]},
                        {"op": "Add", "path": "nickName", "value": [{"value": "Janie"}]},
                        {"op": "Remove", "path": "timezone"}]}""";
    ScimObject patched = adra.applyForResult(bytes(ADRA_USER), bytes(request)).resource();
    assertThat(patched.get("name")).isEqualTo(JSON.read("{\"familyName\": \"Smith\", \"givenName\": \"Jane\"}"));
    assertThat(patched.get("nickName")).isEqualTo(ScimString.of("Janie"));
    assertThat(patched.has("timezone")).isFalse();
  }

  @Test
  void adraRefusals() {
    ScimPatch adra = facade("adra", ResourceSchemas.user());
    // An op it does not implement: 501, and the SCIM error says so.
    String move = """
        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
         "operations": [{"op": "move", "path": "title", "value": [{"value": "CFO"}]}]}""";
    ScimPatchException e = assertRefused(adra, ADRA_USER, move, 501, null);
    assertThat(ScimErrors.toNode(e).get("status")).isEqualTo(ScimString.of("501"));
    assertThat(ScimErrors.toNode(e).has("scimType")).isFalse();
    // path is required.
    assertRefused(adra, ADRA_USER, """
        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
         "operations": [{"op": "Replace", "value": {"active": false}}]}""", 400, ScimType.INVALID_SYNTAX);
    // One email only.
    assertRefused(adra, ADRA_USER, patchOp("{\"op\": \"Add\", \"path\": \"emails\", \"value\": [{\"value\": \"j@home.example\"}]}"),
        400, ScimType.INVALID_VALUE);
  }

  // ------------------------------------------------------------------ Seismic (vendor-docs/003)

  private static final String SEISMIC_USER = """
      {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "id": "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
       "userName": "sam.seller@seismic.example", "active": true}""";

  @Test
  void seismicReplaceOnlyWithAPath() {
    ScimPatch seismic = facade("seismic", ResourceSchemas.user());
    ScimObject patched = seismic.applyForResult(bytes(SEISMIC_USER),
        bytes(patchOp("{\"op\": \"replace\", \"path\": \"active\", \"value\": false}"))).resource();
    assertThat(patched.get("active")).isEqualTo(ScimBoolean.FALSE);
    assertRefused(seismic, SEISMIC_USER, patchOp("{\"op\": \"add\", \"path\": \"nickName\", \"value\": \"Sam\"}"), 400, ScimType.INVALID_SYNTAX);
    assertRefused(seismic, SEISMIC_USER, patchOp("{\"op\": \"remove\", \"path\": \"active\"}"), 400, ScimType.INVALID_SYNTAX);
    assertRefused(seismic, SEISMIC_USER, patchOp("{\"op\": \"replace\", \"value\": {\"active\": false}}"), 400, ScimType.INVALID_SYNTAX);
    assertRefused(seismic, SEISMIC_USER, patchOp("{\"op\": \"replace\", \"path\": null, \"value\": {\"active\": false}}"),
        400, ScimType.INVALID_SYNTAX);
  }

  // ------------------------------------------------------------------ GitHub (vendor-docs/004)

  private static final String MONA_BEFORE = """
      {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "id": "edefdfedf-050c-11e7-8d32", "externalId": "a7d0f98382",
       "userName": "mona.octocat@okta.example.com", "name": {"givenName": "Mona", "familyName": "Octocat"},
       "emails": [{"value": "mona.octocat@okta.example.com", "type": "work", "primary": true}], "active": true,
       "meta": {"resourceType": "User", "created": "2017-03-09T16:11:13-05:00", "lastModified": "2017-03-09T16:11:13-05:00",
                "location": "https://api.github.com/scim/v2/organizations/octo-org/Users/edefdfedf-050c-11e7-8d32"}}""";

  private static final String GITHUB_EXAMPLE = """
      {
        "schemas": [
          "urn:ietf:params:scim:api:messages:2.0:PatchOp"
        ],
        "Operations": [
          {
            "op": "add",
            "path": "emails",
            "value": [
              {
                "value": "monalisa@octocat.github.com",
                "type": "home"
              }
            ]
          },
          {
            "op": "replace",
            "path": "name.givenName",
            "value": "Monalisa"
          }
        ]
      }""";

  private static final String GITHUB_RESPONSE = """
      {
        "schemas": [
          "urn:ietf:params:scim:schemas:core:2.0:User"
        ],
        "id": "edefdfedf-050c-11e7-8d32",
        "externalId": "a7d0f98382",
        "userName": "mona.octocat@okta.example.com",
        "name": {
          "givenName": "Monalisa",
          "familyName": "Octocat"
        },
        "emails": [
          {
            "value": "mona.octocat@okta.example.com",
            "type": "work",
            "primary": true
          },
          {
            "value": "monalisa@octocat.github.com",
            "type": "home"
          }
        ],
        "active": true,
        "meta": {
          "resourceType": "User",
          "created": "2017-03-09T16:11:13-05:00",
          "lastModified": "2017-03-09T16:11:13-05:00",
          "location": "https://api.github.com/scim/v2/organizations/octo-org/Users/edefdfedf-050c-11e7-8d32"
        }
      }""";

  private static final String GITHUB_DEACTIVATE = """
      {
        "Operations":[{
          "op":"replace",
          "value":{
            "active":false
          }
        }]
      }""";

  @Test
  void githubDocumentedExampleGivesTheDocumentedResponse() {
    ScimPatch github = facade("github", ResourceSchemas.user());
    assertThat(JSON.read(github.apply(bytes(MONA_BEFORE), bytes(GITHUB_EXAMPLE)))).isEqualTo(JSON.read(GITHUB_RESPONSE));
  }

  @Test
  void githubDeactivationWithoutSchemas() {
    ScimPatch github = facade("github", ResourceSchemas.user());
    PatchResult result = github.applyForResult(bytes(MONA_BEFORE), bytes(GITHUB_DEACTIVATE));
    assertThat(result.resource().get("active")).isEqualTo(ScimBoolean.FALSE);
    assertRefused(facade("strict", ResourceSchemas.user()), MONA_BEFORE, GITHUB_DEACTIVATE, 400, ScimType.INVALID_SYNTAX);
  }

  @Test
  void githubRefusesFilters() {
    ScimPatch github = facade("github", ResourceSchemas.user());
    assertRefused(github, MONA_BEFORE, patchOp("{\"op\": \"replace\", \"path\": \"emails[type eq \\\"work\\\"]\", \"value\": {\"value\": \"m@example.com\"}}"),
        400, ScimType.INVALID_FILTER);
  }

  // ------------------------------------------------------------------ Entra and Okta through the facade

  private static final String GROUP = """
      {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "id": "e9e30dba-f08f-4109-8486-d5c6a331660a",
       "displayName": "Tour Guides", "members": [{"value": "u1"}, {"value": "u2"}, {"value": "u3"}]}""";

  @Test
  void entraShapes() {
    ScimPatch entra = facade("entra", ResourceSchemas.group());
    String remove = patchOp("{\"op\": \"Remove\", \"path\": \"members\", \"value\": [{\"value\": \"u1\"}, {\"value\": \"u3\"}]}");
    assertThat(entra.applyForResult(bytes(GROUP), bytes(remove)).resource().get("members")).isEqualTo(JSON.read("[{\"value\": \"u2\"}]"));
    PatchResult empty = entra.applyForResult(bytes(GROUP), bytes(patchOp()));
    assertThat(empty.changed()).isFalse();
    assertThat(entra.readOperations(bytes(patchOp()))).isEmpty();
    // A request has one or more operations: readRequest refuses the empty one.
    assertThatThrownBy(() -> entra.readRequest(bytes(patchOp()))).isInstanceOf(ScimPatchException.class);
  }

  /** An error names the operation the client sent, whatever the profile rewrote it into. */
  @Test
  void errorsNameTheOperationTheClientSent() {
    ScimPatch entra = facade("entra", ResourceSchemas.group());
    String request = patchOp("{\"op\": \"Remove\", \"path\": \"members\", \"value\": [{\"value\": \"u1\"}, {\"value\": \"u3\"}]}",
        "{\"op\": \"Replace\", \"path\": \"displayName\", \"value\": 42}");
    ScimPatchException e = assertRefused(entra, GROUP, request, 400, ScimType.INVALID_VALUE);
    assertThat(e.operationIndex()).as(e.getMessage()).isEqualTo(1);
    assertThat(((ScimString) ScimErrors.toNode(e).get("detail")).value()).startsWith("operation 1");
  }

  @Test
  void oktaGroupRename() {
    ScimPatch okta = facade("okta", ResourceSchemas.group());
    String same = patchOp("{\"op\": \"replace\", \"value\": {\"id\": \"e9e30dba-f08f-4109-8486-d5c6a331660a\", \"displayName\": \"Test SCIMv2\"}}");
    String other = patchOp("{\"op\": \"replace\", \"value\": {\"id\": \"abf4dd94\", \"displayName\": \"Test SCIMv2\"}}");
    assertThat(okta.applyForResult(bytes(GROUP), bytes(same)).resource().get("displayName")).isEqualTo(ScimString.of("Test SCIMv2"));
    assertRefused(okta, GROUP, other, 400, ScimType.MUTABILITY);
  }

  // ------------------------------------------------------------------ Profile.named

  @Test
  void everyPresetIsFoundByNameIgnoringCase() {
    List<String> names = List.of("strict", "lenient", "entra", "okta", "seismic", "github", "adra", "omni", "aws", "google",
        "salesforce", "interop-draft");
    assertThat(Profile.presets()).extracting(Profile::name).containsExactlyElementsOf(names);
    for (Profile preset : Profile.presets()) {
      String name = preset.name();
      for (String spelling : List.of(name, name.toUpperCase(Locale.ROOT), capitalised(name), alternating(name))) {
        assertThat(Profile.named(spelling)).as(spelling).isSameAs(preset);
      }
      assertThat(Profile.named(name).toString()).contains(name);
    }
  }

  @Test
  void anUnknownNameListsThePresets() {
    for (String unknown : List.of("okta2", "", "interop", "entra ", "ＳＴＲＩＣＴ")) {
      assertThatThrownBy(() -> Profile.named(unknown))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContainingAll("strict", "lenient", "entra", "okta", "seismic", "github", "adra", "omni", "aws", "google",
              "salesforce", "interop-draft");
    }
    assertThatThrownBy(() -> Profile.named(null)).isInstanceOf(NullPointerException.class);
  }

  // ------------------------------------------------------------------ helpers

  private static ScimPatch facade(String preset, ResourceSchema schema) {
    return ScimPatch.builder().profile(Profile.named(preset)).schema(schema).build();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String patchOp(String... operations) {
    return "{\"schemas\": [\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"], \"Operations\": [" + String.join(", ", operations) + "]}";
  }

  private static ScimPatchException assertRefused(ScimPatch patch, String resource, String request, int status, @Nullable ScimType type) {
    ScimPatchException e = catchThrowableOfType(ScimPatchException.class, () -> patch.applyForResult(bytes(resource), bytes(request)));
    assertThat(e).as("%s should refuse %s", patch.profile(), request).isNotNull();
    assertThat(e.status()).as(e.getMessage()).isEqualTo(status);
    assertThat(e.scimType()).as(e.getMessage()).isEqualTo(type);
    return e;
  }

  private static String capitalised(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static String alternating(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(i % 2 == 0 ? Character.toUpperCase(c) : c);
    }
    return b.toString();
  }
}
