package dev.scimpatch.jackson.example;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scimpatch.Profile;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The example server, started for real on a loopback port and driven by the JDK's HTTP client:
 * every documented request of the four seed vendors (examples/vendors) under its preset, and
 * the ETag, If-Match and shaping round trip. Each test stops its server.
 */
class ExampleScimServerTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:15:30Z"), ZoneOffset.UTC);
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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

  @ParameterizedTest
  @CsvSource({
      "omni, vendors/omni-user.json, vendors/omni-deactivate.json",
      "adra, vendors/adra-user.json, vendors/adra-deactivate.json",
      "adra, vendors/adra-user.json, vendors/adra-add-from-schema.json",
      "seismic, vendors/omni-user.json, vendors/seismic-deactivate.json",
      "github, vendors/github-user.json, vendors/github-deactivate.json",
      "github, vendors/github-user.json, vendors/github-add-email-replace-given-name.json"})
  void everyDocumentedVendorRequestOverHttp(String profile, String resource, String request) throws Exception {
    try (ExampleScimServer server = ExampleScimServer.start(Profile.named(profile), CLOCK)) {
      server.put("Users", "u1", example(resource));
      URI user = URI.create(server.base() + "/Users/u1");
      HttpResponse<byte[]> r = send(user, "PATCH", example(request));
      assertThat(r.statusCode()).as("%s under %s: %s", request, profile, new String(r.body(), UTF_8)).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).contains("application/scim+json");
      assertThat(r.headers().firstValue("ETag")).hasValueSatisfying(e -> assertThat(e).startsWith("W/\""));
      HttpResponse<byte[]> get = send(user, "GET", null);
      assertThat(get.statusCode()).isEqualTo(200);
      assertThat(get.headers().firstValue("ETag")).isEqualTo(r.headers().firstValue("ETag"));
      assertThat(MAPPER.readTree(get.body())).isEqualTo(MAPPER.readTree(r.body()));
    }
  }

  @Test
  void etagsIfMatchShapingAndScimErrorsOverHttp() throws Exception {
    try (ExampleScimServer server = ExampleScimServer.start(Profile.strict(), CLOCK)) {
      server.put("Users", "u1", ("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"u1\","
          + "\"userName\":\"bjensen\",\"password\":\"secret\",\"meta\":{\"resourceType\":\"User\"}}").getBytes(UTF_8));
      URI user = URI.create(server.base() + "/Users/u1");
      HttpResponse<byte[]> get = send(user, "GET", null);
      assertThat(new String(get.body(), UTF_8)).doesNotContain("password", "secret");
      String etag = get.headers().firstValue("ETag").orElseThrow();
      HttpResponse<byte[]> notModified = send(user, "GET", null, "If-None-Match", etag);
      assertThat(notModified.statusCode()).isEqualTo(304);
      assertThat(notModified.body()).isEmpty();
      assertThat(notModified.headers().firstValue("ETag")).contains(etag);
      byte[] patch = ("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
          + "{\"op\":\"replace\",\"path\":\"nickName\",\"value\":\"Babs\"}]}").getBytes(UTF_8);
      HttpResponse<byte[]> ok = send(user, "PATCH", patch, "If-Match", etag);
      assertThat(ok.statusCode()).isEqualTo(200);
      JsonNode patched = MAPPER.readTree(ok.body());
      assertThat(patched.get("meta").get("lastModified").asText()).isEqualTo("2026-12-06T10:15:30Z");
      assertThat(patched.get("meta").get("version").asText()).isEqualTo(ok.headers().firstValue("ETag").orElseThrow());
      assertThat(send(user, "GET", null, "If-None-Match", etag).statusCode()).as("changed since").isEqualTo(200);
      HttpResponse<byte[]> stale = send(user, "PATCH", patch, "If-Match", etag);
      assertThat(stale.statusCode()).isEqualTo(412);
      assertThat(MAPPER.readTree(stale.body()).get("status").asText()).isEqualTo("412");
      HttpResponse<byte[]> shaped = send(URI.create(user + "?attributes=nickName,password"), "GET", null);
      assertThat(MAPPER.readTree(shaped.body()).fieldNames()).toIterable().containsExactly("schemas", "id", "nickName");
      byte[] replacement = ("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"babs\"}").getBytes(UTF_8);
      HttpResponse<byte[]> put = send(user, "PUT", replacement, "If-Match", ok.headers().firstValue("ETag").orElseThrow());
      assertThat(put.statusCode()).as(new String(put.body(), UTF_8)).isEqualTo(200);
      assertThat(MAPPER.readTree(put.body()).has("nickName")).isFalse();
      HttpResponse<byte[]> bad = send(user, "PATCH", "{\"Operations\":[".getBytes(UTF_8));
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(MAPPER.readTree(bad.body()).get("scimType").asText()).isEqualTo("invalidSyntax");
      assertThat(send(URI.create(server.base() + "/Users/nobody"), "GET", null).statusCode()).isEqualTo(404);
    }
  }
}
