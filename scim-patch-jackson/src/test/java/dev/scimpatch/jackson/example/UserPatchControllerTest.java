package dev.scimpatch.jackson.example;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.reflect.Method;
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

  private RecordingRepository users;
  private UserPatchController controller;

  @BeforeEach
  void setUp() {
    users = new RecordingRepository();
    users.save(ID, USER.getBytes(UTF_8));
    users.saved.clear();
    controller = new UserPatchController(users);
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
    ResponseEntity<byte[]> response = controller.patch(ID,
        request("[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Babs\"},"
            + "{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"value\":\"babs@jensen.org\",\"type\":\"home\"}]}]"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("application/scim+json"));
    JsonNode patched = json(response.getBody());
    assertThat(patched.get("displayName").asText()).isEqualTo("Babs");
    assertThat(patched.get("emails")).hasSize(2);
    assertThat(patched.get("emails").get(1).get("value").asText()).isEqualTo("babs@jensen.org");
    assertThat(users.saved).containsExactly(ID);
    assertThat(json(users.find(ID).orElseThrow())).isEqualTo(patched);
  }

  @Test
  void badRequestWithTheScimErrorAndNothingStored() throws Exception {
    ResponseEntity<byte[]> response = controller.patch(ID,
        request("[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Babs\"},"
            + "{\"op\":\"remove\",\"path\":\"emails[type eq\"}]"));

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
    ResponseEntity<byte[]> response = controller.patch(ID, request("[{\"op\":\"replace\",\"path\":\"id\",\"value\":\"x\"}]"));

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    JsonNode error = json(response.getBody());
    assertThat(error.get("status").asText()).isEqualTo("400");
    assertThat(error.get("scimType").asText()).isEqualTo("mutability");
    assertThat(users.saved).isEmpty();
  }

  @Test
  void notFoundForAnUnknownId() throws Exception {
    ResponseEntity<byte[]> response = controller.patch("nobody", request("[{\"op\":\"remove\",\"path\":\"title\"}]"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    JsonNode error = json(response.getBody());
    assertThat(error.get("status").asText()).isEqualTo("404");
    assertThat(error.has("scimType")).isFalse();
    assertThat(users.saved).isEmpty();
  }

  @Test
  void okButNotStoredWhenNothingChanged() throws Exception {
    ResponseEntity<byte[]> response = controller.patch(ID,
        request("[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Babs Jensen\"},{\"op\":\"remove\",\"path\":\"title\"}]"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json(response.getBody())).isEqualTo(json(USER.getBytes(UTF_8)));
    assertThat(users.saved).isEmpty();
  }

  @Test
  void theMappingIsTheReadmes() throws Exception {
    Method patch = UserPatchController.class.getMethod("patch", String.class, byte[].class);
    PatchMapping mapping = patch.getAnnotation(PatchMapping.class);
    assertThat(mapping.path()).containsExactly("/scim/v2/Users/{id}");
    assertThat(mapping.consumes()).containsExactly("application/scim+json", "application/json");
    assertThat(mapping.produces()).containsExactly("application/scim+json");
  }
}
