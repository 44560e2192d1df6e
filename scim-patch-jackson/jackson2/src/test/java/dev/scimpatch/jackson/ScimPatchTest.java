package dev.scimpatch.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.scimpatch.Limits;
import dev.scimpatch.PatchResult;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.tree.ScimObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ScimPatch}: the one-call facade over JsonNode, bytes and streams. */
class ScimPatchTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ScimPatch USERS = ScimPatch.builder().schema(ResourceSchemas.user()).build();
  private static final ScimPatch SCHEMALESS = ScimPatch.builder().build();

  static byte[] example(String name) {
    try {
      return Files.readAllBytes(Path.of("../examples", name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode tree(byte[] json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String request(String... ops) {
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[" + String.join(",", ops) + "]}";
  }

  /** The {@code emails} of a patched user. */
  private static JsonNode homeEmail(JsonNode user) {
    for (JsonNode email : user.get("emails")) {
      if ("home".equals(email.path("type").asText())) {
        return email;
      }
    }
    throw new AssertionError("no home email in " + user);
  }

  @Test
  void applyToJsonNodesReturnsANewTreeAndChangesNeitherArgument() {
    JsonNode resource = tree(example("user.json"));
    JsonNode request = tree(example("add-email.json"));
    JsonNode resourceBefore = resource.deepCopy();
    JsonNode requestBefore = request.deepCopy();

    ObjectNode patched = USERS.apply(resource, request);

    assertThat(resource).isEqualTo(resourceBefore);
    assertThat(request).isEqualTo(requestBefore);
    assertThat(patched).isNotSameAs(resource).isNotEqualTo(resource);
    assertThat(patched.at("/name/givenName").asText()).isEqualTo("Babs");
    assertThat(homeEmail(patched).get("primary").asBoolean()).isTrue();
    assertThat(patched.at("/urn:ietf:params:scim:schemas:extension:enterprise:2.0:User/employeeNumber").asText())
        .isEqualTo("701984");

    patched.put("displayName", "changed afterwards");
    ((ObjectNode) patched.get("name")).put("givenName", "changed afterwards");
    assertThat(resource).isEqualTo(resourceBefore);
  }

  @Test
  void applyToJsonNodesChangesNothingWhenRefused() {
    JsonNode resource = tree(example("user.json"));
    JsonNode request = tree(example("change-id.json"));
    JsonNode resourceBefore = resource.deepCopy();
    JsonNode requestBefore = request.deepCopy();
    ScimPatchException e = catchThrowableOfType(ScimPatchException.class, () -> USERS.apply(resource, request));
    assertThat(e.scimType()).isEqualTo(ScimType.MUTABILITY);
    assertThat(e.operationIndex()).isEqualTo(1);
    assertThat(resource).isEqualTo(resourceBefore);
    assertThat(request).isEqualTo(requestBefore);
  }

  @Test
  void applyToBytes() {
    byte[] resource = example("user.json");
    byte[] request = example("add-email.json");
    byte[] resourceBefore = resource.clone();
    byte[] requestBefore = request.clone();
    byte[] patched = USERS.apply(resource, request);
    assertThat(resource).isEqualTo(resourceBefore);
    assertThat(request).isEqualTo(requestBefore);
    JsonNode tree = tree(patched);
    assertThat(tree).isEqualTo(USERS.apply(tree(resource), tree(request)));
    assertThat(patched).isEqualTo(ScimJson.defaults().writeBytes(ScimJson.defaults().fromJsonNode(tree)));
  }

  @Test
  void applyForResultTellsWhetherAnythingChanged() {
    byte[] resource = example("user.json");
    PatchResult changed = USERS.applyForResult(resource, example("add-email.json"));
    assertThat(changed.changed()).isTrue();
    assertThat(changed.resource()).isNotEqualTo(ScimJson.defaults().read(resource));

    PatchResult same = USERS.applyForResult(resource,
        utf8(request("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Babs Jensen\"}")));
    assertThat(same.changed()).isFalse();
    assertThat(same.resource()).isEqualTo(ScimJson.defaults().read(resource));

    PatchResult removeNothing = USERS.applyForResult(resource, utf8(request("{\"op\":\"remove\",\"path\":\"nickName\"}")));
    assertThat(removeNothing.changed()).isFalse();
  }

  @Test
  void applyToStreams() {
    byte[] resource = example("user.json");
    byte[] request = example("add-email.json");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean changed = USERS.apply(new ByteArrayInputStream(resource), new ByteArrayInputStream(request), out);
    assertThat(changed).isTrue();
    assertThat(out.toByteArray()).isEqualTo(USERS.apply(resource, request));

    ByteArrayOutputStream unchanged = new ByteArrayOutputStream();
    assertThat(USERS.apply(new ByteArrayInputStream(resource),
        new ByteArrayInputStream(utf8(request("{\"op\":\"remove\",\"path\":\"nickName\"}"))), unchanged)).isFalse();
    assertThat(ScimJson.defaults().read(unchanged.toByteArray())).isEqualTo(ScimJson.defaults().read(resource));
  }

  @Test
  void streamsWriteNothingWhenRefused() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ScimPatchException e = catchThrowableOfType(ScimPatchException.class, () -> USERS.apply(
        new ByteArrayInputStream(example("user.json")), new ByteArrayInputStream(example("change-id.json")), out));
    assertThat(e.scimType()).isEqualTo(ScimType.MUTABILITY);
    assertThat(out.size()).isZero();
    ScimPatchException bad = catchThrowableOfType(ScimPatchException.class, () -> USERS.apply(
        new ByteArrayInputStream(example("user.json")), new ByteArrayInputStream(utf8("{")), out));
    assertThat(bad.scimType()).isEqualTo(ScimType.INVALID_SYNTAX);
    assertThat(out.size()).isZero();
  }

  /** Review D6: a stream that fails is the stream's failure, as the Javadoc now says, not a 400. */
  @Test
  void aFailingStreamIsAnUncheckedIOException() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("the disk is gone");
      }
    };
    assertThatThrownBy(() -> USERS.apply(new ByteArrayInputStream(example("user.json")), failing, new ByteArrayOutputStream()))
        .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("the disk is gone");
    java.io.OutputStream broken = new java.io.OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("the pipe is broken");
      }
    };
    assertThatThrownBy(() -> USERS.apply(new ByteArrayInputStream(example("user.json")),
        new ByteArrayInputStream(example("add-email.json")), broken))
        .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("the pipe is broken");
  }

  @Test
  void streamsAreNotClosed() {
    boolean[] closed = new boolean[3];
    InputStream resource = new ByteArrayInputStream(example("user.json")) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    InputStream request = new ByteArrayInputStream(example("add-email.json")) {
      @Override
      public void close() {
        closed[1] = true;
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[2] = true;
      }
    };
    USERS.apply(resource, request, out);
    assertThat(closed).containsOnly(false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"user\"", "42", "null", "true", "[{\"id\":\"x\"}]"})
  void storedResourceThatIsNotAnObjectIs500WithoutScimType(String resource) {
    byte[] request = example("add-email.json");
    expect500(() -> USERS.apply(utf8(resource), request));
    expect500(() -> SCHEMALESS.applyForResult(utf8(resource), request));
    expect500(() -> USERS.apply(tree(utf8(resource)), tree(request)));
    expect500(() -> USERS.apply(new ByteArrayInputStream(utf8(resource)), new ByteArrayInputStream(request),
        new ByteArrayOutputStream()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{", "{\"a\":1,\"A\":2}", "{} {}", "{'a':1}", "[1e1001]"})
  void storedResourceThatIsNotJsonIs500WithoutScimType(String resource) {
    byte[] request = example("add-email.json");
    ScimPatchException e = expect500(() -> USERS.apply(utf8(resource), request));
    assertThat(e.getMessage()).contains("stored resource");
    expect500(() -> USERS.apply(new ByteArrayInputStream(utf8(resource)), new ByteArrayInputStream(request),
        new ByteArrayOutputStream()));
  }

  @Test
  void storedJsonNodeThatCannotBeConvertedIs500() {
    ObjectNode resource = MAPPER.createObjectNode();
    resource.put("userName", "a");
    resource.put("USERNAME", "b");
    expect500(() -> USERS.apply(resource, tree(example("add-email.json"))));
    expect500(() -> USERS.apply(TextNode.valueOf("x"), tree(example("add-email.json"))));
    ObjectNode nan = MAPPER.createObjectNode();
    nan.put("score", Double.NaN);
    expect500(() -> USERS.apply(nan, tree(example("add-email.json"))));
  }

  private static ScimPatchException expect500(ThrowingCallable call) {
    ScimPatchException e = catchThrowableOfType(ScimPatchException.class, call);
    assertThat(e).isNotNull();
    assertThat(e.status()).isEqualTo(500);
    assertThat(e.scimType()).isNull();
    assertThat(ScimErrors.toNode(e).has("scimType")).isFalse();
    return e;
  }

  @Test
  void aBadRequestIs400() {
    ScimPatchException e = catchThrowableOfType(ScimPatchException.class,
        () -> USERS.apply(example("user.json"), utf8("{\"schemas\":[]}")));
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.scimType()).isEqualTo(ScimType.INVALID_SYNTAX);
    ScimPatchException json = catchThrowableOfType(ScimPatchException.class,
        () -> USERS.apply(tree(example("user.json")), TextNode.valueOf("x")));
    assertThat(json.status()).isEqualTo(400);
  }

  @Test
  void nullArgumentsAreNullPointerExceptions() {
    byte[] r = example("user.json");
    assertThatThrownBy(() -> USERS.apply((byte[]) null, r)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> USERS.apply(r, (byte[]) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> USERS.apply((JsonNode) null, tree(r))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> USERS.apply(tree(r), (JsonNode) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> USERS.apply(new ByteArrayInputStream(r), new ByteArrayInputStream(r), null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void readRequestFromBytesAndFromJsonNodeAgree() {
    PatchRequest fromBytes = USERS.readRequest(example("add-email.json"));
    assertThat(USERS.readRequest(tree(example("add-email.json")))).isEqualTo(fromBytes);
    assertThat(fromBytes.operations()).hasSize(3);
  }

  @Test
  void schemaUrnsInPathsAreKnownWithASchema() {
    PatchRequest r = USERS.readRequest(utf8(request(
        "{\"op\":\"add\",\"path\":\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value\",\"value\":\"x\"}")));
    assertThat(r.operations().get(0).path().schema()).isEqualTo("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
    assertThat(r.operations().get(0).path().attribute()).isEqualTo("manager");
  }

  @Test
  void builderDefaults() {
    assertThat(SCHEMALESS.profile()).isSameAs(Profile.strict());
    assertThat(SCHEMALESS.schema()).isEmpty();
    assertThat(USERS.schema()).contains(ResourceSchemas.user());
    assertThatThrownBy(() -> ScimPatch.builder().profile(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ScimPatch.builder().codec(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void requestsAndStoredResourcesHaveTheirOwnLimits() {
    Limits small = Limits.builder().maxDocumentLength(160).build();
    ScimPatch smallRequests = ScimPatch.builder().limits(small).build();
    ScimPatchException request = catchThrowableOfType(ScimPatchException.class,
        () -> smallRequests.apply(utf8("{}"), example("add-email.json")));
    assertThat(request.status()).isEqualTo(400);
    assertThat(request.scimType()).isEqualTo(ScimType.INVALID_SYNTAX);
    // The stored resource is read with the resource limits: larger than the requests'.
    assertThat(smallRequests.apply(example("user.json"), utf8(request("{\"op\":\"remove\",\"path\":\"a\"}"))))
        .isNotEmpty();
    ScimPatch smallResources = ScimPatch.builder().resourceLimits(small).build();
    expect500(() -> smallResources.apply(example("user.json"), utf8(request("{\"op\":\"remove\",\"path\":\"a\"}"))));
  }

  private static ScimPatchException refused(ThrowingCallable call, ScimType type) {
    ScimPatchException e = catchThrowableOfType(ScimPatchException.class, call);
    assertThat(e).as("refused").isNotNull();
    assertThat(e.status()).as("%s", e.getMessage()).isEqualTo(400);
    assertThat(e.scimType()).as("%s", e.getMessage()).isEqualTo(type);
    return e;
  }

  /**
   * Issue 10, self-poisoning: a value that the stored resource's reader would refuse is refused
   * when it arrives, whatever way it arrives (here inside a JSON string under entra, T11), so that
   * every result is a resource the facade reads again.
   */
  @Test
  void valuesTheStoredResourceReaderRefusesAreRefusedOnTheWayIn() {
    ScimPatch entra = ScimPatch.builder().profile(Profile.named("entra")).schema(ResourceSchemas.user()).build();
    byte[] resource = utf8("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"u\"}");
    java.util.function.Function<String, byte[]> roles = inner -> utf8(request(
        "{\"op\":\"add\",\"path\":\"roles\",\"value\":[{\"value\":" + quote(inner) + "}]}"));
    // The resource limits: names of 1,024 characters, numbers of 1,000 digits.
    assertThat(entra.apply(resource, roles.apply("{\"" + "n".repeat(1024) + "\":\"x\"}"))).isNotEmpty();
    refused(() -> entra.apply(resource, roles.apply("{\"" + "n".repeat(1025) + "\":\"x\"}")), ScimType.INVALID_VALUE);
    refused(() -> entra.apply(resource, roles.apply("{\"" + "n".repeat(5000) + "\":\"x\"}")), ScimType.INVALID_VALUE);
    assertThat(entra.apply(resource, roles.apply("{\"n\":" + "9".repeat(1000) + "}"))).isNotEmpty();
    refused(() -> entra.apply(resource, roles.apply("{\"n\":" + "9".repeat(1001) + "}")), ScimType.INVALID_VALUE);
    refused(() -> entra.apply(resource, roles.apply("{\"n\":" + "9".repeat(2000) + "}")), ScimType.INVALID_VALUE);
    // An unpaired surrogate in a name cannot be written as UTF-8.
    refused(() -> entra.apply(resource, roles.apply("{\"\\ud800\":1}")), ScimType.INVALID_VALUE);
    // A 200,001-digit number through the JsonNode entry: the request's reader refuses it.
    ObjectNode op = MAPPER.createObjectNode().put("op", "add").put("path", "nickName");
    op.set("value", MAPPER.getNodeFactory().numberNode(java.math.BigInteger.TEN.pow(200_000)));
    ObjectNode body = (ObjectNode) tree(utf8(request()));
    body.withArray("Operations").add(op);
    refused(() -> USERS.apply(tree(resource), body), ScimType.INVALID_SYNTAX);
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /**
   * A result longer than the stored resources' document length is {@code 400 invalidValue},
   * whichever entry point gives it; one of exactly that length is returned.
   */
  @Test
  void aResultLongerThanAStoredResourceMayBeIsRefused() {
    byte[] resource = utf8("{\"schemas\":[\"urn:x:y\"]}");
    java.util.function.IntFunction<byte[]> add = n -> utf8(request("{\"op\":\"add\",\"path\":\"s\",\"value\":\""
        + "\\u0000".repeat(n) + "\"}"));
    byte[] one = SCHEMALESS.apply(resource, add.apply(1));
    // Each NUL is six bytes of JSON: the limit is met exactly by a result with 10 of them.
    int limit = one.length + 9 * 6;
    ScimPatch bounded = ScimPatch.builder().resourceLimits(Limits.builder().maxDocumentLength(limit).build()).build();
    assertThat(bounded.apply(resource, add.apply(10))).hasSize(limit);
    ScimPatchException e = refused(() -> bounded.apply(resource, add.apply(11)), ScimType.INVALID_VALUE);
    assertThat(e.getMessage()).contains(String.valueOf(limit + 6), "more than this server stores (" + limit + ")");
    assertThat(bounded.apply(tree(resource), tree(add.apply(10)))).isNotNull();
    refused(() -> bounded.apply(tree(resource), tree(add.apply(11))), ScimType.INVALID_VALUE);
    refused(() -> bounded.apply(new ByteArrayInputStream(resource), new ByteArrayInputStream(add.apply(11)),
        new ByteArrayOutputStream()), ScimType.INVALID_VALUE);
  }

  /** Issue 11: the server's uniqueness check; a conflict is 409 uniqueness, and nothing changes. */
  @Test
  void aUniquenessConflictIs409() {
    List<String> asked = new ArrayList<>();
    ScimPatch patch = ScimPatch.builder().schema(ResourceSchemas.user())
        .uniqueness((urn, attribute, value) -> {
          asked.add(urn + ":" + attribute.name() + "=" + value);
          return value.equals(dev.scimpatch.tree.ScimString.of("taken"));
        })
        .build();
    byte[] user = example("user.json");
    ScimPatchException e = catchThrowableOfType(ScimPatchException.class,
        () -> patch.apply(user, utf8(request("{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"taken\"}"))));
    assertThat(e.status()).isEqualTo(409);
    assertThat(e.scimType()).isEqualTo(ScimType.UNIQUENESS);
    assertThat(e.getMessage()).contains("\"userName\"");
    assertThat(asked).containsExactly("urn:ietf:params:scim:schemas:core:2.0:User:userName=\"taken\"");
    asked.clear();
    assertThat(tree(patch.apply(user, utf8(request("{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"free\"}"))))
        .get("userName").asText()).isEqualTo("free");
    asked.clear();
    // Only what the request changes is asked about.
    patch.apply(user, utf8(request("{\"op\":\"replace\",\"path\":\"nickName\",\"value\":\"taken\"}")));
    assertThat(asked).isEmpty();
  }

  /** Issue 10: a group of 12,000 members (over 1 MiB) is a stored resource like any other. */
  @Test
  void aGroupLargerThanARequestIsPatched() {
    StringBuilder group = new StringBuilder("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
        + "\"id\":\"g\",\"displayName\":\"all\",\"members\":[");
    for (int i = 0; i < 12_000; i++) {
      group.append(i == 0 ? "" : ",").append("{\"value\":\"").append(java.util.UUID.nameUUIDFromBytes(new byte[] {
          (byte) i, (byte) (i >> 8)})).append("\",\"display\":\"member number ").append(i)
          .append("\",\"$ref\":\"https://example.com/v2/Users/").append(i).append("\"}");
    }
    byte[] resource = utf8(group.append("]}").toString());
    assertThat(resource.length).isGreaterThan(1 << 20);
    ScimPatch groups = ScimPatch.builder().schema(ResourceSchemas.group()).build();
    byte[] out = groups.apply(resource, utf8(request("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"new\"}]}")));
    assertThat(tree(out).get("members")).hasSize(12_001);
  }

  /**
   * A resource that a PATCH returned can be patched again: the facade writes nothing that it
   * refuses to read back as a stored resource. Values nest at most
   * {@link dev.scimpatch.engine.PatchEngine#MAX_VALUE_DEPTH} levels, so a patched resource stays
   * within the reader's depth; a deeper value is refused before it is applied.
   */
  @Test
  void aPatchedResourceCanBePatchedAgain() {
    String deepest = "[".repeat(8) + "]".repeat(8);
    byte[] request = utf8(request("{\"op\":\"add\",\"path\":\"urn:x:y:a[b eq 1].c\",\"value\":" + deepest + "}"));
    byte[] patched = SCHEMALESS.apply(utf8("{\"urn:x:y\":{\"a\":[{\"b\":1}]}}"), request);
    byte[] again = SCHEMALESS.apply(patched, utf8(request("{\"op\":\"remove\",\"path\":\"urn:x:y:a\"}")));
    assertThat(ScimJson.defaults().read(again)).isInstanceOf(ScimObject.class);

    String tooDeep = "[".repeat(29) + "]".repeat(29);
    byte[] refused = utf8(request("{\"op\":\"add\",\"path\":\"urn:x:y:a[b eq 1].c\",\"value\":" + tooDeep + "}"));
    ScimPatchException e = catchThrowableOfType(ScimPatchException.class,
        () -> SCHEMALESS.apply(utf8("{\"urn:x:y\":{\"a\":[{\"b\":1}]}}"), refused));
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.scimType()).isEqualTo(ScimType.INVALID_VALUE);
  }

  @Test
  void oneInstanceFromSeveralThreads() throws InterruptedException, ExecutionException {
    byte[] resource = example("user.json");
    List<byte[]> requests = List.of(example("add-email.json"), example("change-id.json"),
        utf8(request("{\"op\":\"replace\",\"path\":\"active\",\"value\":false}")),
        utf8(request("{\"op\":\"remove\",\"path\":\"emails[type eq \\\"work\\\"]\"}")),
        utf8("{\"schemas\":[]}"));
    List<String> expected = new ArrayList<>();
    for (byte[] request : requests) {
      expected.add(outcome(resource, request));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        byte[] request = requests.get(i % requests.size());
        futures.add(pool.submit(() -> outcome(resource, request)));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).as("task %d", i).isEqualTo(expected.get(i % requests.size()));
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(resource).isEqualTo(example("user.json"));
  }

  /** The patched resource, or the error document. */
  private static String outcome(byte[] resource, byte[] request) {
    try {
      return new String(USERS.apply(resource, request), StandardCharsets.UTF_8);
    } catch (ScimPatchException e) {
      return new String(ScimErrors.toBytes(e), StandardCharsets.UTF_8);
    }
  }
}
