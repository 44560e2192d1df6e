package dev.scimpatch.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.messages.PatchOperation;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.utils.JsonUtils;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.schema.ResourceSchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: requests as a real client builds them. The UnboundID SCIM 2 SDK 5.0.0 (test scope)
 * builds each request with its {@code PatchOperation} factories, its {@code Path} and
 * {@code Filter} builders and its {@code JsonUtils.diff}; its own writer gives the wire JSON,
 * which goes through the facade as a server receives it.
 */
class RealClientsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private static final String USER = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\",\"" + ENTERPRISE + "\"],"
      + "\"id\":\"2819c223\",\"userName\":\"bjensen\",\"name\":{\"givenName\":\"Barbara\",\"familyName\":\"Jensen\"},"
      + "\"active\":true,\"emails\":[{\"value\":\"bjensen@example.com\",\"type\":\"work\",\"primary\":true},"
      + "{\"value\":\"babs@jensen.org\",\"type\":\"home\"}],"
      + "\"addresses\":[{\"type\":\"work\",\"locality\":\"Hollywood\"},{\"type\":\"home\",\"locality\":\"Springfield\"}],"
      + "\"" + ENTERPRISE + "\":{\"employeeNumber\":\"701984\",\"manager\":{\"value\":\"26118915\",\"displayName\":\"John Smith\"}}}";
  private static final String GROUP = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"id\":\"e9e30dba\","
      + "\"displayName\":\"Tour Guides\",\"members\":[{\"value\":\"2819c223\",\"display\":\"Babs Jensen\"},"
      + "{\"value\":\"902c246b\",\"display\":\"Mandy Pepperidge\"}]}";

  /** A request and the profile it must pass under: strict when RFC-valid, lenient when not. */
  record Sent(String what, boolean group, Supplier<PatchRequest> request, Profile under) {}

  private static JsonNode json(String s) {
    try {
      return MAPPER.readTree(s);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static <T> Supplier<T> of(ThrowingSupplier<T> s) {
    return () -> {
      try {
        return s.get();
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    };
  }

  interface ThrowingSupplier<T> {
    T get() throws Exception;
  }

  private static List<Sent> requests() {
    Profile strict = Profile.strict();
    List<Sent> sent = new ArrayList<>();
    sent.add(new Sent("replace a string", false, of(() -> new PatchRequest(PatchOperation.replace("displayName", "Babs"))), strict));
    sent.add(new Sent("replace a boolean", false, of(() -> new PatchRequest(PatchOperation.replace("active", false))), strict));
    sent.add(new Sent("replace a sub-attribute", false, of(() -> new PatchRequest(
        PatchOperation.replace(Path.root().attribute("name").attribute("givenName"), "Babs"))), strict));
    sent.add(new Sent("add values", false, of(() -> new PatchRequest(PatchOperation.add("emails",
        json("[{\"value\":\"b@example.com\",\"type\":\"other\"}]")))), strict));
    // RFC-invalid: members are complex, the SDK sends plain strings.
    sent.add(new Sent("add string values to members", true,
        of(() -> new PatchRequest(PatchOperation.addStringValues("members", "a1", "a2"))), Profile.named("lenient")));
    // RFC-invalid: the SDK prints a whole extension's path with a trailing colon.
    sent.add(new Sent("a whole extension (trailing colon)", false, of(() -> new PatchRequest(PatchOperation.replace(
        Path.root(ENTERPRISE), json("{\"employeeNumber\":\"9\"}")))), Profile.named("lenient")));
    sent.add(new Sent("replace through a filter", false, of(() -> new PatchRequest(PatchOperation.replace(
        Path.root().attribute("emails", Filter.eq("type", "work")).attribute("value"), "new@example.com"))), strict));
    sent.add(new Sent("remove through a filter", false, of(() -> new PatchRequest(PatchOperation.remove(
        Path.root().attribute("emails", Filter.eq("type", "home"))))), strict));
    sent.add(new Sent("remove a member by value", true, of(() -> new PatchRequest(PatchOperation.remove(
        Path.root().attribute("members", Filter.eq("value", "902c246b"))))), strict));
    sent.add(new Sent("filter with and", false, of(() -> new PatchRequest(PatchOperation.replace(
        Path.root().attribute("emails", Filter.and(Filter.eq("type", "work"), Filter.eq("primary", true))).attribute("value"),
        "w@example.com"))), strict));
    sent.add(new Sent("an extension attribute", false, of(() -> new PatchRequest(PatchOperation.replace(
        Path.root(ENTERPRISE).attribute("employeeNumber"), "42"))), strict));
    sent.add(new Sent("an extension sub-attribute", false, of(() -> new PatchRequest(PatchOperation.replace(
        Path.root(ENTERPRISE).attribute("manager").attribute("value"), "26118916"))), strict));
    sent.add(new Sent("addresses[type eq home].primary (RFC 7643 §2.4)", false, of(() -> new PatchRequest(PatchOperation.replace(
        Path.root().attribute("addresses", Filter.eq("type", "home")).attribute("primary"), true))), strict));
    sent.add(new Sent("members[display eq ...] (RFC 7643 §8.4)", true, of(() -> new PatchRequest(PatchOperation.remove(
        Path.root().attribute("members", Filter.eq("display", "Mandy Pepperidge"))))), strict));
    sent.add(new Sent("replace without a path", false, of(() -> new PatchRequest(PatchOperation.replace(
        (ObjectNode) json("{\"nickName\":\"Babs\",\"title\":\"Tour Guide\"}")))), strict));
    sent.add(new Sent("add without a path", false, of(() -> new PatchRequest(PatchOperation.add(
        json("{\"nickName\":\"Babs\"}")))), strict));
    sent.add(new Sent("the SDK's diff of two users", false, of(() -> {
      ObjectNode before = (ObjectNode) json(USER);
      ObjectNode after = before.deepCopy();
      after.put("displayName", "Babs Jensen");
      ((ObjectNode) after.get("name")).put("givenName", "Babs");
      after.remove("active");
      ((ObjectNode) after.get(ENTERPRISE)).put("employeeNumber", "9");
      return new PatchRequest(JsonUtils.diff(before, after, true));
    }), strict));
    return sent;
  }

  @Test
  void everyRequestTheSdkBuildsIsAppliedAsItMeans() throws Exception {
    List<String> failures = new ArrayList<>();
    for (Sent s : requests()) {
      String wire = JsonUtils.getObjectWriter().writeValueAsString(s.request().get());
      ScimPatch patch = ScimPatch.builder().profile(s.under())
          .schema(s.group() ? ResourceSchemas.group() : ResourceSchemas.user()).build();
      try {
        byte[] out = patch.apply((s.group() ? GROUP : USER).getBytes(UTF_8), wire.getBytes(UTF_8));
        assertThat(out).isNotEmpty();
      } catch (ScimPatchException e) {
        failures.add(s.what() + " under " + s.under().name() + ": " + e.getMessage() + "\n    " + wire);
      }
    }
    assertThat(failures).as("requests the SDK builds that were refused").isEmpty();
  }

  /** What the SDK's diff sends has the effect it means: applying it gives the target. */
  @Test
  void theSdksDiffAppliedGivesItsTarget() throws Exception {
    ObjectNode before = (ObjectNode) json(USER);
    ObjectNode after = before.deepCopy();
    after.put("nickName", "Babs");
    ((ObjectNode) after.get("name")).remove("familyName");
    after.withArray("emails").remove(1);
    String wire = JsonUtils.getObjectWriter().writeValueAsString(new PatchRequest(JsonUtils.diff(before, after, true)));
    ScimPatch patch = ScimPatch.builder().schema(ResourceSchemas.user()).build();
    JsonNode out = MAPPER.readTree(patch.apply(USER.getBytes(UTF_8), wire.getBytes(UTF_8)));
    assertThat(out).as("wire: %s", wire).isEqualTo(after);
  }
}
