package dev.scimpatch.jackson.example;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;

/**
 * Keeps the README's Spring example working: the controller method called directly, without a
 * Spring context.
 */
class UserPatchControllerTest {

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final String ID = "2819c223-7f76-453a-919d-413861904646";
  private static final String USER = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
      + "\"id\":\"" + ID + "\",\"userName\":\"bjensen\",\"displayName\":\"Babs Jensen\","
      + "\"password\":\"t1meMa$heen\","
      + "\"emails\":[{\"value\":\"bjensen@example.com\",\"type\":\"work\",\"primary\":true}]}";

  /** Records what is stored. */
  static final class RecordingRepository extends UserPatchController.InMemoryUserRepository {
    final List<String> saved = new ArrayList<>();

    @Override
    public void save(String id, byte[] json) {
      saved.add(id);
      super.save(id, json);
    }
  }

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:15:30Z"), ZoneOffset.UTC);

  private RecordingRepository users;
  private UserPatchController controller;

  @BeforeEach
  void setUp() {
    users = new RecordingRepository();
    users.save(ID, USER.getBytes(UTF_8));
    users.saved.clear();
    controller = new UserPatchController(users, CLOCK);
  }

  private static byte[] request(String operations) {
    return ("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":" + operations + "}")
        .getBytes(UTF_8);
  }

  private static JsonNode json(byte[] bytes) throws Exception {
    return MAPPER.readTree(bytes);
  }

  @Test
  void okWithThePatchedUserWhichIsStored() throws Exception {
    ResponseEntity<byte[]> response = controller.patch(ID, request("[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Babs\"},"
            + "{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"value\":\"babs@jensen.org\",\"type\":\"home\"}]}]"), null, null, null);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("application/scim+json"));
    JsonNode patched = json(response.getBody());
    assertThat(patched.get("displayName").asText()).isEqualTo("Babs");
    assertThat(patched.get("emails")).hasSize(2);
    assertThat(patched.get("emails").get(1).get("value").asText()).isEqualTo("babs@jensen.org");
    assertThat(users.saved).containsExactly(ID);
    JsonNode stored = json(users.find(ID).orElseThrow());
    assertThat(stored.get("meta").get("lastModified").asText()).isEqualTo("2026-12-06T10:15:30Z");
    assertThat(response.getHeaders().getETag()).isEqualTo(stored.get("meta").get("version").asText());
    assertThat(stored.get("password").asText()).as("stored, never returned").isEqualTo("t1meMa$heen");
    assertThat(patched.has("password")).isFalse();
    assertThat(patched).isEqualTo(((com.fasterxml.jackson.databind.node.ObjectNode) stored.deepCopy()).without("password"));
  }

  @Test
  void badRequestWithTheScimErrorAndNothingStored() throws Exception {
    ResponseEntity<byte[]> response = controller.patch(ID, request("[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Babs\"},"
            + "{\"op\":\"remove\",\"path\":\"emails[type eq\"}]"), null, null, null);

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("application/scim+json"));
    JsonNode error = json(response.getBody());
    assertThat(error.get("schemas").get(0).asText()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
    assertThat(error.get("status").isTextual()).isTrue();
    assertThat(error.get("status").asText()).isEqualTo("400");
    assertThat(error.get("scimType").asText()).isEqualTo("invalidFilter");
    assertThat(error.get("detail").asText()).startsWith("operation 1");
    assertThat(users.saved).isEmpty();
    assertThat(users.find(ID).orElseThrow()).asString(UTF_8).isEqualTo(USER);
  }

  @Test
  void badRequestForAnOperationThatFails() throws Exception {
    ResponseEntity<byte[]> response = controller.patch(ID, request("[{\"op\":\"replace\",\"path\":\"id\",\"value\":\"x\"}]"), null, null, null);

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    JsonNode error = json(response.getBody());
    assertThat(error.get("status").asText()).isEqualTo("400");
    assertThat(error.get("scimType").asText()).isEqualTo("mutability");
    assertThat(users.saved).isEmpty();
  }

  @Test
  void notFoundForAnUnknownId() throws Exception {
    ResponseEntity<byte[]> response = controller.patch("nobody", request("[{\"op\":\"remove\",\"path\":\"title\"}]"), null, null, null);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    JsonNode error = json(response.getBody());
    assertThat(error.get("status").asText()).isEqualTo("404");
    assertThat(error.has("scimType")).isFalse();
    assertThat(users.saved).isEmpty();
  }

  @Test
  void okButNotStoredWhenNothingChanged() throws Exception {
    ResponseEntity<byte[]> response = controller.patch(ID, request("[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Babs Jensen\"},{\"op\":\"remove\",\"path\":\"title\"}]"), null, null, null);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json(response.getBody())).isEqualTo(((com.fasterxml.jackson.databind.node.ObjectNode) json(USER.getBytes(UTF_8))).without("password"));
    assertThat(users.saved).isEmpty();
  }

  @Test
  void aStaleIfMatchIs412AndNothingIsStored() throws Exception {
    byte[] replace = request("[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Babs\"}]");
    ResponseEntity<byte[]> first = controller.patch(ID, replace, null, null, null);
    String etag = first.getHeaders().getETag();
    assertThat(etag).startsWith("W/\"");
    ResponseEntity<byte[]> again = controller.patch(ID, request("[{\"op\":\"replace\",\"path\":\"nickName\",\"value\":\"B\"}]"),
        etag, null, null);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    users.saved.clear();
    byte[] before = users.find(ID).orElseThrow();
    ResponseEntity<byte[]> stale = controller.patch(ID, replace, etag, null, null);
    assertThat(stale.getStatusCode().value()).isEqualTo(412);
    assertThat(json(stale.getBody()).get("status").asText()).isEqualTo("412");
    assertThat(users.saved).isEmpty();
    assertThat(users.find(ID).orElseThrow()).isEqualTo(before);
  }

  @Test
  void theAttributesParametersShapeTheBody() throws Exception {
    ResponseEntity<byte[]> response = controller.patch(ID, request("[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Babs\"}]"),
        null, "displayName,password", null);
    assertThat(json(response.getBody()).fieldNames()).toIterable().containsExactly("schemas", "id", "displayName");
    ResponseEntity<byte[]> excluded = controller.patch(ID, request("[{\"op\":\"replace\",\"path\":\"nickName\",\"value\":\"B\"}]"),
        null, null, "emails,meta");
    assertThat(json(excluded.getBody()).has("emails")).isFalse();
    assertThat(json(excluded.getBody()).has("meta")).isFalse();
    assertThat(json(excluded.getBody()).get("nickName").asText()).isEqualTo("B");
    ResponseEntity<byte[]> bad = controller.patch(ID, request("[{\"op\":\"replace\",\"path\":\"nickName\",\"value\":\"C\"}]"),
        null, "emails[type eq \"work\"]", null);
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(json(users.find(ID).orElseThrow()).get("nickName").asText()).as("refused before applying").isEqualTo("B");
  }

  /** The README shows this controller's code as it is compiled here, so its example never returns a password. */
  @Test
  void theReadmeShowsThisCode() throws Exception {
    String source = java.nio.file.Files.readString(java.nio.file.Path.of(
        "src/test/java/dev/scimpatch/jackson/example/UserPatchController.java"));
    String region = source.substring(source.indexOf("// tag::patch[]") + "// tag::patch[]".length(),
        source.indexOf("  // end::patch[]")).strip() + "\n}";
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../../README.md"));
    int start = readme.indexOf("```java", readme.indexOf("A Spring Boot `@PatchMapping`")) + "```java".length();
    String shown = readme.substring(start, readme.indexOf("```", start)).strip();
    assertThat(shown).isEqualTo(region);
  }

  @Test
  void theMappingIsTheReadmes() throws Exception {
    Method patch = UserPatchController.class.getMethod("patch", String.class, byte[].class, String.class, String.class,
        String.class);
    PatchMapping mapping = patch.getAnnotation(PatchMapping.class);
    assertThat(mapping.path()).containsExactly("/scim/v2/Users/{id}");
    assertThat(mapping.consumes()).containsExactly("application/scim+json", "application/json");
    assertThat(mapping.produces()).containsExactly("application/scim+json");
  }
}
