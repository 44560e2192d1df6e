package dev.scimpatch.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.captaingoldfish.scim.sdk.client.ScimClientConfig;
import de.captaingoldfish.scim.sdk.client.ScimRequestBuilder;
import de.captaingoldfish.scim.sdk.client.builder.PatchBuilder;
import de.captaingoldfish.scim.sdk.client.response.ServerResponse;
import de.captaingoldfish.scim.sdk.common.constants.enums.PatchOp;
import de.captaingoldfish.scim.sdk.common.resources.EnterpriseUser;
import de.captaingoldfish.scim.sdk.common.resources.Group;
import de.captaingoldfish.scim.sdk.common.resources.User;
import de.captaingoldfish.scim.sdk.common.resources.complex.Manager;
import de.captaingoldfish.scim.sdk.common.resources.multicomplex.Email;
import de.captaingoldfish.scim.sdk.common.resources.multicomplex.Member;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.jackson.example.ExampleScimServer;
import dev.scimpatch.schema.ResourceSchemas;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a second real client, SCIM-SDK's ({@code de.captaingoldfish:scim-sdk-client}, test
 * scope). Its {@code PatchBuilder} builds each request; its wire JSON goes through the facade,
 * and its own HTTP client sends the same request to {@link ExampleScimServer} on loopback.
 *
 * <p>The SDK writes some requests that RFC 7644 does not allow: every value wrapped in an array
 * (also for a path-less operation and a single-valued attribute, R-ADD-2 and R-REPLACE-1), and
 * a string for a boolean. Those pass under {@code lenient} and are refused under {@code strict}.
 */
class ScimSdkClientTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);
  private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private static final String USER = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\",\"" + ENTERPRISE + "\"],"
      + "\"id\":\"2819c223\",\"userName\":\"bjensen\",\"name\":{\"givenName\":\"Barbara\",\"familyName\":\"Jensen\"},"
      + "\"nickName\":\"Barb\",\"active\":true,\"password\":\"t1meMa$heen\","
      + "\"emails\":[{\"value\":\"bjensen@example.com\",\"type\":\"work\",\"primary\":true},"
      + "{\"value\":\"babs@jensen.org\",\"type\":\"home\"}],"
      + "\"" + ENTERPRISE + "\":{\"employeeNumber\":\"701984\",\"manager\":{\"value\":\"26118915\"}}}";
  private static final String GROUP = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"id\":\"e9e30dba\","
      + "\"displayName\":\"Tour Guides\",\"members\":[{\"value\":\"2819c223\",\"display\":\"Babs Jensen\"},"
      + "{\"value\":\"902c246b\",\"display\":\"Mandy Pepperidge\"}]}";

  /**
   * A request as the SDK builds it, the profile it must pass under (strict when RFC-valid), and
   * what the patched resource must then hold at a JSON pointer.
   */
  record Sent(String what, boolean group, Function<ScimRequestBuilder, PatchBuilder<?>> build, boolean rfcValid,
      String pointer, String expected) {
    Profile profile() {
      return rfcValid ? Profile.strict() : Profile.named("lenient");
    }

    String type() {
      return group ? "Groups" : "Users";
    }

    String id() {
      return group ? "e9e30dba" : "2819c223";
    }
  }

  private static PatchBuilder.PatchOperationBuilder<User> user(ScimRequestBuilder b) {
    return b.patch(User.class, "/Users", "2819c223").addOperation();
  }

  private static PatchBuilder.PatchOperationBuilder<Group> group(ScimRequestBuilder b) {
    return b.patch(Group.class, "/Groups", "e9e30dba").addOperation();
  }

  private static List<Sent> requests() {
    List<Sent> sent = new ArrayList<>();
    sent.add(new Sent("replace a sub-attribute", false,
        b -> user(b).path("name.givenName").op(PatchOp.REPLACE).value("Babs").build(), true,
        "/name/givenName", "\"Babs\""));
    sent.add(new Sent("add a value to a multi-valued attribute", false,
        b -> user(b).path("emails").op(PatchOp.ADD)
            .valueNode(Email.builder().value("b@example.com").type("other").build()).build(), true,
        "/emails/2/value", "\"b@example.com\""));
    sent.add(new Sent("replace through a filter, then remove (two operations)", false,
        b -> user(b).path("emails[type eq \"work\"].value").op(PatchOp.REPLACE).value("w@example.com")
            .next().path("nickName").op(PatchOp.REMOVE).build(), true,
        "/emails/0/value", "\"w@example.com\""));
    sent.add(new Sent("an extension attribute by its full path", false,
        b -> user(b).path(ENTERPRISE + ":employeeNumber").op(PatchOp.REPLACE).value("42").build(), true,
        "/" + ENTERPRISE + "/employeeNumber", "\"42\""));
    sent.add(new Sent("add members", true,
        b -> group(b).path("members").op(PatchOp.ADD)
            .valueNodes(List.of(Member.builder().value("a1").build(), Member.builder().value("a2").build())).build(), true,
        "/members/3/value", "\"a2\""));
    sent.add(new Sent("remove a member through a filter", true,
        b -> group(b).path("members[value eq \"902c246b\"]").op(PatchOp.REMOVE).build(), true,
        "/members/1", null));
    // RFC-invalid: members are complex; values(...) sends plain strings.
    sent.add(new Sent("add members as strings", true,
        b -> group(b).path("members").op(PatchOp.ADD).values(List.of("a1", "a2")).build(), false,
        "/members/3/value", "\"a2\""));
    // RFC-invalid: a string for a boolean.
    sent.add(new Sent("a boolean as a string", false,
        b -> user(b).path("active").op(PatchOp.REPLACE).value("false").build(), false,
        "/active", "false"));
    // RFC-invalid: a single-valued complex value wrapped in an array.
    sent.add(new Sent("a single-valued complex value in an array", false,
        b -> user(b).path(ENTERPRISE + ":manager").op(PatchOp.REPLACE)
            .valueNode(Manager.builder().value("26118916").build()).build(), false,
        "/" + ENTERPRISE + "/manager/value", "\"26118916\""));
    // RFC-invalid: a path-less value is an object, not an array holding one (with its schemas).
    sent.add(new Sent("a path-less replace, its object in an array", false,
        b -> user(b).op(PatchOp.REPLACE).valueNode(User.builder().nickName("Babs").title("Guide").build()).build(), false,
        "/title", "\"Guide\""));
    sent.add(new Sent("a path-less add of an extension, in an array", false,
        b -> user(b).op(PatchOp.ADD)
            .valueNode(User.builder().enterpriseUser(EnterpriseUser.builder().employeeNumber("9").build()).build()).build(),
        false, "/" + ENTERPRISE + "/employeeNumber", "\"9\""));
    return sent;
  }

  private static ScimRequestBuilder client(String base) {
    return new ScimRequestBuilder(base, ScimClientConfig.builder().connectTimeout(5).requestTimeout(10).socketTimeout(10).build());
  }

  private static ScimPatch facade(Sent s, Profile profile) {
    return ScimPatch.builder().profile(profile).schema(s.group() ? ResourceSchemas.group() : ResourceSchemas.user()).build();
  }

  private static JsonNode apply(Sent s, Profile profile, String wire) throws Exception {
    return MAPPER.readTree(facade(s, profile).apply((s.group() ? GROUP : USER).getBytes(UTF_8), wire.getBytes(UTF_8)));
  }

  private static void assertEffect(Sent s, JsonNode patched, String wire) {
    JsonNode at = patched.at(s.pointer());
    if (s.expected() == null) {
      assertThat(at.isMissingNode()).as("%s: %s is gone after %s", s.what(), s.pointer(), wire).isTrue();
    } else {
      assertThat(at).as("%s: %s after %s", s.what(), s.pointer(), wire).isEqualTo(json(s.expected()));
    }
  }

  /** The ETag header; header names ignore case, and the JDK's server sends {@code Etag}. */
  private static String etag(ServerResponse<?> response) {
    return response.getHttpHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("ETag"))
        .map(Map.Entry::getValue).findFirst().orElse("");
  }

  private static JsonNode json(String s) {
    try {
      return MAPPER.readTree(s);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** Through the facade: each does what it means, under strict when RFC-valid, else under lenient. */
  @Test
  void everyRequestTheClientBuildsIsAppliedAsItMeans() throws Exception {
    ScimRequestBuilder client = client("http://127.0.0.1:9/scim/v2");
    for (Sent s : requests()) {
      String wire = s.build().apply(client).getResource();
      assertEffect(s, apply(s, s.profile(), wire), wire);
    }
  }

  /** The RFC-invalid ones are what strict refuses: the split above is the RFC's, not a guess. */
  @Test
  void theRfcInvalidOnesAreRefusedUnderStrict() {
    ScimRequestBuilder client = client("http://127.0.0.1:9/scim/v2");
    for (Sent s : requests()) {
      if (!s.rfcValid()) {
        String wire = s.build().apply(client).getResource();
        assertThatThrownBy(() -> apply(s, Profile.strict(), wire)).as("%s under strict: %s", s.what(), wire)
            .isInstanceOfSatisfying(ScimPatchException.class, e -> assertThat(e.status()).isEqualTo(400));
      }
    }
  }

  /**
   * The SDK's own HTTP client sends each request to the example server: a 200 whose body the SDK
   * reads as its resource type, the change made, and {@code password} not in the response.
   */
  @Test
  void theClientsRequestsOverHttp() throws Exception {
    for (Sent s : requests()) {
      try (ExampleScimServer server = ExampleScimServer.start(s.profile(), CLOCK)) {
        server.put("Users", "2819c223", USER.getBytes(UTF_8));
        server.put("Groups", "e9e30dba", GROUP.getBytes(UTF_8));
        ServerResponse<?> response = s.build().apply(client(server.base().toString())).sendRequest();
        assertThat(response.getHttpStatus()).as("%s: %s", s.what(), response.getResponseBody()).isEqualTo(200);
        assertThat(response.isSuccess()).isTrue();
        JsonNode body = MAPPER.readTree(response.getResponseBody());
        assertThat(body.path("id").asText()).isEqualTo(s.id());
        assertEffect(s, body, s.build().apply(client(server.base().toString())).getResource());
        assertThat(body.has("password")).as("password in the response").isFalse();
        assertThat(etag(response)).startsWith("W/\"");
      }
    }
  }

  /**
   * If-Match from the client: a fresh tag applies, a stale one is 412 and changes nothing. (The
   * SDK's {@code setETagForIfMatch} sends no header for a PATCH in 1.30.0, so the header goes
   * through {@code sendRequest(headers)}.)
   */
  @Test
  void ifMatchFromTheClient() throws Exception {
    try (ExampleScimServer server = ExampleScimServer.start(Profile.strict(), CLOCK)) {
      server.put("Users", "2819c223", USER.getBytes(UTF_8));
      ScimRequestBuilder client = client(server.base().toString());
      ServerResponse<User> read = client.get(User.class, "/Users", "2819c223").sendRequest();
      assertThat(read.getHttpStatus()).isEqualTo(200);
      String etag = etag(read);
      assertThat(etag).startsWith("W/\"");

      PatchBuilder<User> freshPatch = client.patch(User.class, "/Users", "2819c223")
          .addOperation().path("nickName").op(PatchOp.REPLACE).value("Babs").build();
      ServerResponse<User> fresh = freshPatch.sendRequest(Map.of("If-Match", etag));
      assertThat(fresh.getHttpStatus()).isEqualTo(200);
      assertThat(fresh.getResource().getNickName()).contains("Babs");
      assertThat(etag(fresh)).isNotEqualTo(etag);

      PatchBuilder<User> stalePatch = client.patch(User.class, "/Users", "2819c223")
          .addOperation().path("nickName").op(PatchOp.REPLACE).value("Barbara").build();
      ServerResponse<User> stale = stalePatch.sendRequest(Map.of("If-Match", etag));
      assertThat(stale.getHttpStatus()).isEqualTo(412);
      assertThat(stale.getErrorResponse().getStatus()).isEqualTo(412);
      ServerResponse<User> after = client.get(User.class, "/Users", "2819c223").sendRequest();
      assertThat(after.getResource().getNickName()).as("the stale request changed nothing").contains("Babs");
      assertThat(etag(after)).isEqualTo(etag(fresh));
    }
  }
}
