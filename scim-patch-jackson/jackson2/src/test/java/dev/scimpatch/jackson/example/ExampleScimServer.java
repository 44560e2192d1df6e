package dev.scimpatch.jackson.example;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.jackson.ScimErrors;
import dev.scimpatch.jackson.ScimJson;
import dev.scimpatch.jackson.ScimPatch;
import dev.scimpatch.response.AttributeSelection;
import dev.scimpatch.response.Exchange;
import dev.scimpatch.response.Reply;
import dev.scimpatch.response.Shaping;
import dev.scimpatch.response.Versions;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.tree.ScimObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A small SCIM server on the JDK's HTTP server: GET, PATCH and PUT of {@code /Users/{id}} and
 * {@code /Groups/{id}} under one profile, with {@code ETag}/{@code If-Match}, response shaping
 * ({@code attributes}, {@code excludedAttributes}, {@code returned}) and SCIM error documents.
 * Resources are kept in memory as JSON; each one's schema is the built-in one its
 * {@code schemas} names, if any. It listens on loopback only.
 */
public final class ExampleScimServer implements AutoCloseable {

  private static final String SCIM_JSON = ScimErrors.MEDIA_TYPE;
  private static final ScimJson JSON = ScimJson.defaults();

  private final HttpServer server;
  private final Profile profile;
  private final Clock clock;
  private final Map<String, byte[]> resources = new ConcurrentHashMap<>();

  private ExampleScimServer(Profile profile, Clock clock) throws IOException {
    this.profile = profile;
    this.clock = clock;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/scim/v2/", this::handle);
  }

  /**
   * Starts a server on a free loopback port.
   *
   * @param profile the profile PATCH requests are read under
   * @param clock the clock meta.lastModified is stamped from
   * @return the running server
   * @throws IOException if no port can be had
   */
  public static ExampleScimServer start(Profile profile, Clock clock) throws IOException {
    ExampleScimServer s = new ExampleScimServer(profile, clock);
    s.server.start();
    return s;
  }

  /** {@return the base URI, such as {@code http://127.0.0.1:50123/scim/v2}} */
  public URI base() {
    return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/scim/v2");
  }

  /**
   * Stores a resource, as a create would.
   *
   * @param type {@code Users} or {@code Groups}
   * @param id the id
   * @param json the resource
   */
  public void put(String type, String id, byte[] json) {
    resources.put(type + "/" + id, json.clone());
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange http) throws IOException {
    try (http) {
      String[] parts = http.getRequestURI().getPath().substring("/scim/v2/".length()).split("/");
      if (parts.length != 2 || !(parts[0].equals("Users") || parts[0].equals("Groups"))) {
        send(http, 404, ScimErrors.toBytes(ScimPatchException.ofStatus(404, "no such endpoint")), null);
        return;
      }
      String key = parts[0] + "/" + parts[1];
      byte[] stored = resources.get(key);
      if (stored == null) {
        send(http, 404, ScimErrors.toBytes(ScimPatchException.ofStatus(404, "no such resource")), null);
        return;
      }
      try {
        ScimObject current = (ScimObject) JSON.read(stored);
        ResourceSchema schema = ResourceSchemas.of(current).orElse(null);
        ScimPatch patch = ScimPatch.builder().profile(profile).schema(schema).build();
        Map<String, String> query = query(http.getRequestURI().getRawQuery());
        Exchange exchange = Exchange.none()
            .withIfMatch(http.getRequestHeaders().getFirst("If-Match"))
            .withIfNoneMatch(http.getRequestHeaders().getFirst("If-None-Match"))
            .withAttributes(query.get("attributes"), query.get("excludedAttributes"))
            .withStamp(clock);
        byte[] body = read(http.getRequestBody());
        switch (http.getRequestMethod()) {
          case "GET" -> {
            if (Versions.notModified(current, exchange.ifNoneMatch())) {
              http.getResponseHeaders().set("ETag", Versions.version(current));
              http.sendResponseHeaders(304, -1);
              return;
            }
            ScimObject shaped = Shaping.shape(current, schema,
                AttributeSelection.parse(exchange.attributes(), exchange.excludedAttributes(), schema));
            send(http, 200, JSON.writeBytes(shaped), Versions.version(current));
          }
          case "PATCH", "PUT" -> {
            Reply reply = http.getRequestMethod().equals("PATCH")
                ? patch.patch(stored, body, exchange) : patch.put(stored, body, exchange);
            if (reply.changed()) {
              resources.put(key, JSON.writeBytes(reply.stored()));
            }
            send(http, 200, JSON.writeBytes(reply.body()), reply.version());
          }
          default -> send(http, 405, ScimErrors.toBytes(ScimPatchException.ofStatus(405, "GET, PATCH or PUT")), null);
        }
      } catch (ScimPatchException e) {
        send(http, e.status(), ScimErrors.toBytes(e), null);
      }
    }
  }

  private static byte[] read(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((1 << 20) + 1);
    if (bytes.length > 1 << 20) {
      throw ScimPatchException.ofStatus(413, "the body is longer than 1 MiB");
    }
    return bytes;
  }

  private static Map<String, String> query(@Nullable String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  private static void send(HttpExchange http, int status, byte[] body, @Nullable String etag) throws IOException {
    http.getResponseHeaders().set("Content-Type", SCIM_JSON);
    if (etag != null) {
      http.getResponseHeaders().set("ETag", etag);
    }
    http.sendResponseHeaders(status, body.length);
    http.getResponseBody().write(body);
  }
}
