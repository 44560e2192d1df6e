package dev.scimpatch.jackson3.example;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.Op;
import dev.scimpatch.jackson3.ScimPatchModule;
import dev.scimpatch.jackson3.example.ScimServerApplication.Resources;
import dev.scimpatch.request.PatchRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Spring Boot 4 example server ({@link ScimServerApplication}), started for real on a random
 * loopback port and driven by the JDK's HTTP client, as {@code ExampleScimServerTest} drives the
 * Jackson 2 example: every documented request of the four seed vendors (examples/vendors) under
 * its preset, and the ETag, If-Match, If-None-Match, PUT, shaping and SCIM error round trip; then
 * the Groups PATCH, whose body Spring binds as a {@code PatchRequest} through the
 * {@code ScimPatchModule} bean. One application runs per profile, started when a test first needs
 * it (each start takes a second or so) and closed, which stops its server, after the last test;
 * the tests use resource ids of their own.
 */
class SpringBootScimServerTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String NOW = "2026-12-06T10:15:30Z";
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
  private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
  private static final Map<String, Server> SERVERS = new ConcurrentHashMap<>();

  /** The application running under a profile, started on first use. */
  private static Server server(String profile) {
    return SERVERS.computeIfAbsent(profile, Server::start);
  }

  @AfterAll
  static void stopServers() {
    SERVERS.values().forEach(Server::close);
    SERVERS.clear();
  }

  /** The application, running; closing it stops the server. */
  private record Server(ConfigurableApplicationContext context) implements AutoCloseable {

    /** Starts the application on a free loopback port, PATCH requests read under {@code profile}. */
    static Server start(String profile) {
      // Arguments, not default properties: they win over any SERVER_PORT in the environment.
      return new Server(new SpringApplicationBuilder(ScimServerApplication.class).run(
          "--server.port=0", "--server.address=127.0.0.1", "--scim.profile=" + profile, "--scim.clock=" + NOW,
          "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
    }

    URI base() {
      return URI.create("http://127.0.0.1:" + context.getEnvironment().getRequiredProperty("local.server.port") + "/scim/v2");
    }

    void put(String type, String id, byte[] json) {
      context.getBean(Resources.class).put(type, id, json);
    }

    @Override
    public void close() {
      context.close();
    }
  }

  private static HttpResponse<byte[]> send(URI uri, String method, byte @Nullable [] body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    if (headers.length > 0) {
      b.headers(headers);
    }
    if (body != null) {
      b.header("Content-Type", "application/scim+json");
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static byte[] example(String name) throws IOException {
    return Files.readAllBytes(Path.of("../examples", name));
  }

  private static JsonNode json(HttpResponse<byte[]> r) {
    return MAPPER.readTree(r.body());
  }

  /** Asserts that a response is a SCIM error document of that status, and returns it. */
  private static JsonNode scimError(HttpResponse<byte[]> r, int status) {
    assertThat(r.statusCode()).as(new String(r.body(), UTF_8)).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).contains("application/scim+json");
    JsonNode error = json(r);
    assertThat(error.get("schemas").get(0).asString()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
    assertThat(error.get("status").asString()).isEqualTo(Integer.toString(status));
    return error;
  }

  private static byte[] patchOp(String operations) {
    return ("{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":" + operations + "}").getBytes(UTF_8);
  }

  @ParameterizedTest
  @CsvSource({
      "omni, vendors/omni-user.json, vendors/omni-deactivate.json",
      "adra, vendors/adra-user.json, vendors/adra-deactivate.json",
      "adra, vendors/adra-user.json, vendors/adra-add-from-schema.json",
      "seismic, vendors/omni-user.json, vendors/seismic-deactivate.json",
      "github, vendors/github-user.json, vendors/github-deactivate.json",
      "github, vendors/github-user.json, vendors/github-add-email-replace-given-name.json"})
  void everyDocumentedVendorRequestOverHttp(String profile, String resource, String request) throws Exception {
    Server server = server(profile);
    String id = "vendor-" + request.replaceAll("\\W", "-");
    server.put("Users", id, example(resource));
    URI user = URI.create(server.base() + "/Users/" + id);
    HttpResponse<byte[]> r = send(user, "PATCH", example(request));
    assertThat(r.statusCode()).as("%s under %s: %s", request, profile, new String(r.body(), UTF_8)).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).contains("application/scim+json");
    assertThat(r.headers().firstValue("ETag")).hasValueSatisfying(e -> assertThat(e).startsWith("W/\""));
    HttpResponse<byte[]> get = send(user, "GET", null);
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.headers().firstValue("ETag")).isEqualTo(r.headers().firstValue("ETag"));
    assertThat(json(get)).isEqualTo(json(r));
  }

  @Test
  void etagsIfMatchShapingAndScimErrorsOverHttp() throws Exception {
    Server server = server("strict");
    server.put("Users", "u1", ("{\"schemas\":[\"" + USER_SCHEMA + "\"],\"id\":\"u1\","
        + "\"userName\":\"bjensen\",\"password\":\"secret\",\"meta\":{\"resourceType\":\"User\"}}").getBytes(UTF_8));
    URI user = URI.create(server.base() + "/Users/u1");
    HttpResponse<byte[]> get = send(user, "GET", null);
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.headers().firstValue("Content-Type")).contains("application/scim+json");
    assertThat(new String(get.body(), UTF_8)).contains("bjensen").doesNotContain("password", "secret");
    String etag = get.headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> notModified = send(user, "GET", null, "If-None-Match", etag);
    assertThat(notModified.statusCode()).isEqualTo(304);
    assertThat(notModified.body()).isEmpty();
    assertThat(notModified.headers().firstValue("ETag")).contains(etag);
    byte[] patch = patchOp("[{\"op\":\"replace\",\"path\":\"nickName\",\"value\":\"Babs\"}]");
    HttpResponse<byte[]> ok = send(user, "PATCH", patch, "If-Match", etag);
    assertThat(ok.statusCode()).as(new String(ok.body(), UTF_8)).isEqualTo(200);
    assertThat(new String(ok.body(), UTF_8)).doesNotContain("password", "secret");
    JsonNode patched = json(ok);
    assertThat(patched.get("nickName").asString()).isEqualTo("Babs");
    assertThat(patched.get("meta").get("lastModified").asString()).isEqualTo(NOW);
    assertThat(patched.get("meta").get("version").asString()).isEqualTo(ok.headers().firstValue("ETag").orElseThrow());
    assertThat(send(user, "GET", null, "If-None-Match", etag).statusCode()).as("changed since").isEqualTo(200);
    JsonNode stale = scimError(send(user, "PATCH", patch, "If-Match", etag), 412);
    assertThat(stale.has("detail")).isTrue();
    HttpResponse<byte[]> shaped = send(URI.create(user + "?attributes=nickName,password"), "GET", null);
    assertThat(json(shaped).propertyNames()).containsExactly("schemas", "id", "nickName");
    HttpResponse<byte[]> excluded = send(URI.create(user + "?excludedAttributes=nickName,meta"), "GET", null);
    assertThat(json(excluded).propertyNames()).containsExactly("schemas", "id", "userName");
    byte[] replacement = ("{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"babs\"}").getBytes(UTF_8);
    HttpResponse<byte[]> staleput = send(user, "PUT", replacement, "If-Match", etag);
    scimError(staleput, 412);
    HttpResponse<byte[]> put = send(user, "PUT", replacement, "If-Match", ok.headers().firstValue("ETag").orElseThrow());
    assertThat(put.statusCode()).as(new String(put.body(), UTF_8)).isEqualTo(200);
    assertThat(json(put).has("nickName")).isFalse();
    assertThat(json(put).get("userName").asString()).isEqualTo("babs");
    assertThat(new String(put.body(), UTF_8)).doesNotContain("password", "secret");
    assertThat(put.headers().firstValue("ETag")).isEqualTo(send(user, "GET", null).headers().firstValue("ETag"));
    assertThat(scimError(send(user, "PATCH", "{\"Operations\":[".getBytes(UTF_8)), 400).get("scimType").asString())
        .isEqualTo("invalidSyntax");
    assertThat(scimError(send(URI.create(user + "?attributes=name%5Bx"), "GET", null), 400).get("scimType").asString())
        .isEqualTo("invalidFilter");
    scimError(send(URI.create(server.base() + "/Users/nobody"), "GET", null), 404);
    scimError(send(URI.create(server.base() + "/Users/nobody"), "PATCH", patch), 404);
    scimError(send(URI.create(server.base() + "/Devices/d1"), "GET", null), 404);
    HttpResponse<byte[]> delete = send(user, "DELETE", null);
    scimError(delete, 405);
    assertThat(delete.headers().firstValue("Allow")).hasValueSatisfying(a -> assertThat(a).contains("PATCH"));
  }

  @Test
  void aResourceWithoutASchemaNeverShowsItsPassword() throws Exception {
    Server server = server("strict");
    server.put("Users", "u2", "{\"id\":\"u2\",\"userName\":\"nobody\",\"password\":\"secret\"}".getBytes(UTF_8));
    URI user = URI.create(server.base() + "/Users/u2");
    HttpResponse<byte[]> get = send(user, "GET", null);
    assertThat(json(get).propertyNames()).containsExactly("id", "userName");
    HttpResponse<byte[]> patched = send(user, "PATCH", patchOp("[{\"op\":\"replace\",\"path\":\"password\",\"value\":\"new\"}]"));
    assertThat(patched.statusCode()).as(new String(patched.body(), UTF_8)).isEqualTo(200);
    assertThat(new String(patched.body(), UTF_8)).doesNotContain("password", "secret", "new");
  }

  @Test
  void theModuleBeanBindsPatchRequestsForTheGroupsEndpoint() throws Exception {
    Server server = server("strict");
    // Boot added the JacksonModule bean to the JsonMapper Spring MVC reads bodies with.
    JsonMapper mapper = server.context().getBean(JsonMapper.class);
    assertThat(mapper.registeredModules()).anySatisfy(m -> assertThat(m).isInstanceOf(ScimPatchModule.class));
    PatchRequest read = mapper.readValue(patchOp("[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"u2\"}]}]"),
        PatchRequest.class);
    assertThat(read.operations()).singleElement().satisfies(o -> assertThat(o.op()).isEqualTo(Op.ADD));

    server.put("Groups", "g1", ("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"id\":\"g1\","
        + "\"displayName\":\"Admins\",\"members\":[{\"value\":\"u1\"}]}").getBytes(UTF_8));
    URI group = URI.create(server.base() + "/Groups/g1");
    String etag = send(group, "GET", null).headers().firstValue("ETag").orElseThrow();
    byte[] add = patchOp("[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"u2\"}]}]");
    HttpResponse<byte[]> ok = send(URI.create(group + "?excludedAttributes=displayName"), "PATCH", add, "If-Match", etag);
    assertThat(ok.statusCode()).as(new String(ok.body(), UTF_8)).isEqualTo(200);
    assertThat(ok.headers().firstValue("Content-Type")).contains("application/scim+json");
    JsonNode patched = json(ok);
    assertThat(patched.has("displayName")).isFalse();
    assertThat(patched.get("members").findValuesAsString("value")).containsExactly("u1", "u2");
    assertThat(patched.get("meta").get("lastModified").asString()).isEqualTo(NOW);
    String version = ok.headers().firstValue("ETag").orElseThrow();
    assertThat(patched.get("meta").get("version").asString()).isEqualTo(version);
    HttpResponse<byte[]> get = send(group, "GET", null);
    assertThat(get.headers().firstValue("ETag")).contains(version);
    assertThat(json(get).get("members")).isEqualTo(patched.get("members"));

    scimError(send(group, "PATCH", add, "If-Match", etag), 412);
    // Refused while Spring binds the body: the module's ScimPatchException, answered by ScimErrorAdvice.
    JsonNode refused = scimError(send(group, "PATCH", patchOp("[{\"op\":\"move\",\"path\":\"members\"}]")), 400);
    assertThat(refused.get("scimType").asString()).isEqualTo("invalidSyntax");
    assertThat(scimError(send(group, "PATCH", "{\"Operations\":[".getBytes(UTF_8)), 400).get("scimType").asString())
        .isEqualTo("invalidSyntax");
    scimError(send(group, "PATCH", patchOp("[]")), 400);
    assertThat(scimError(send(group, "PATCH", new byte[0]), 400).get("scimType").asString()).isEqualTo("invalidSyntax");
    scimError(send(URI.create(server.base() + "/Groups/nobody"), "PATCH", add), 404);
    assertThat(send(group, "GET", null, "If-None-Match", version).statusCode()).isEqualTo(304);
  }

  /** The README shows the module bean as it is compiled here. */
  @Test
  void theReadmeShowsTheModuleBean() throws Exception {
    String source = Files.readString(Path.of("src/test/java/dev/scimpatch/jackson3/example/ScimServerApplication.java"));
    String region = source.substring(source.indexOf("// tag::module[]\n") + "// tag::module[]\n".length(),
        source.indexOf("  // end::module[]")).stripTrailing().stripIndent();
    assertThat(region).startsWith("@Bean").contains("new ScimPatchModule(");
    String readme = Files.readString(Path.of("../../README.md"));
    int start = readme.indexOf("```java", readme.indexOf("A whole Spring Boot 4 server on Jackson 3")) + "```java".length();
    assertThat(readme.substring(start, readme.indexOf("```", start)).strip()).isEqualTo(region);
  }
}
