package dev.scimpatch.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.scimpatch.Limits;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.jackson.testkit.PatchRequestGenerator;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.testkit.Property;
import dev.scimpatch.testkit.ResourceGenerator;
import dev.scimpatch.validation.ValidPatchRequest;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * No escapes (issue 10): odd {@link JsonNode} kinds that Jackson allows (nodes holding
 * {@code null}, binary, POJO, NaN and infinities, numbers of 200,001 digits, shared subtrees that
 * stand for a huge text, {@code MissingNode}) and odd strings (unpaired surrogates and NUL, in
 * values, in member names, and inside JSON strings that {@code entra} parses, T11; names and
 * numbers longer than the limits) go through every preset, with and without a schema, and
 * through every entry point: trees, bytes, streams, the request reader and the Bean Validation
 * constraints. Each ends in a result or a {@link ScimPatchException}; a result is always accepted
 * again by the same facade as a stored resource, through bytes and trees.
 */
class OddInputPropertyTest {

  /**
   * A tenth of the usual case count: each case runs every entry point (tree, bytes, stream,
   * readRequest, constraints) and reads the result again, about 20 ms a case.
   */
  private static final int CASES = Math.max(1, Property.caseCount() / 10);

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final ScimJson JSON = ScimJson.defaults();
  private static final ResourceGenerator RESOURCES = new ResourceGenerator();
  private static final PatchRequestGenerator REQUESTS = new PatchRequestGenerator();
  private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
  private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private static final byte[] EMPTY_REQUEST = ("{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[]}").getBytes(UTF_8);

  private static final List<ScimPatch> PATCHES = patches();

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void validator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  private static List<ScimPatch> patches() {
    List<ScimPatch> out = new ArrayList<>();
    for (Profile profile : Profile.presets()) {
      for (ResourceSchema schema : new ResourceSchema[] {null, ResourceSchemas.user(), ResourceSchemas.group()}) {
        out.add(ScimPatch.builder().profile(profile).schema(schema).build());
      }
    }
    return List.copyOf(out);
  }

  // ------------------------------------------------------------------ the properties

  @TestFactory
  Stream<DynamicTest> oddTreesThroughEveryPreset() {
    return Property.cases("odd JsonNode requests end in a result or a ScimPatchException under every preset",
        Property.baseSeed(), CASES, rng -> {
      JsonNode resource = resource(rng);
      JsonNode request = request(rng);
      ScimPatch patch = PATCHES.get(rng.nextInt(PATCHES.size()));
      checkTrees(patch, resource, request);
      byte[] bytes = bytesOf(request);
      if (bytes != null) {
        checkBytes(patch, bytesOf(resource), bytes);
        checkConstraints(request, bytes);
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> oddStringsInValuesAndNamesThroughEveryPreset() {
    return Property.cases("odd strings in values, names and JSON in strings end cleanly under every preset",
        Property.baseSeed(), CASES, rng -> {
      ObjectNode op = NODES.objectNode();
      op.put("op", rng.nextBoolean() ? "add" : "replace");
      String[] paths = {"displayName", "name", ENTERPRISE + ":manager", "emails", "members", "nickName", "x", null};
      String path = paths[rng.nextInt(paths.length)];
      if (path != null) {
        op.put("path", path);
      }
      op.set("value", oddStringValue(rng, path));
      JsonNode request = envelope(op);
      ScimPatch patch = PATCHES.get(rng.nextInt(PATCHES.size()));
      JsonNode resource = resource(rng);
      checkTrees(patch, resource, request);
      byte[] bytes = bytesOf(request);
      if (bytes != null) {
        checkBytes(patch, bytesOf(resource), bytes);
      }
    });
  }

  /** A value holding odd strings: in a value, in a member name, or as JSON inside a string (T11). */
  private static JsonNode oddStringValue(RandomGenerator rng, @Nullable String path) {
    String odd = oddString(rng);
    return switch (rng.nextInt(6)) {
      case 0 -> NODES.textNode(odd);
      case 1 -> {
        ObjectNode o = NODES.objectNode();
        o.put(odd, "x");
        yield o;
      }
      case 2 -> {
        // What entra parses (T11): {"value": "{...}"} for a complex attribute.
        ObjectNode o = NODES.objectNode();
        o.put("value", "{\"" + escape(odd) + "\":\"x\",\"value\":\"y\"}");
        yield o;
      }
      case 3 -> {
        ObjectNode o = NODES.objectNode();
        o.put("value", "{\"value\":" + "9".repeat(1 + rng.nextInt(3000)) + "}");
        yield o;
      }
      case 4 -> {
        ArrayNode a = NODES.arrayNode();
        ObjectNode e = a.addObject();
        e.put("value", odd);
        e.put(odd, odd);
        yield a;
      }
      default -> {
        ObjectNode o = NODES.objectNode();
        o.set(path == null ? odd : "givenName", NODES.textNode(odd));
        yield o;
      }
    };
  }

  private static String oddString(RandomGenerator rng) {
    String[] parts = {"\uD800", "\uDC00", "\u0000", "a", "\uD83D\uDE00", "\u0130", "\"", "\\", "{", "é"};
    StringBuilder sb = new StringBuilder();
    int n = rng.nextInt(8) == 0 ? 1000 + rng.nextInt(5000) : 1 + rng.nextInt(6);
    for (int i = 0; i < n; i++) {
      sb.append(parts[rng.nextInt(parts.length)]);
    }
    return sb.toString();
  }

  /** JSON string escapes for a string put inside a JSON text by hand; surrogates stay raw, as a client may send. */
  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000");
  }

  // ------------------------------------------------------------------ checks

  private static void checkTrees(ScimPatch patch, JsonNode resource, JsonNode request) {
    long resourceBefore = fingerprint(resource);
    long requestBefore = fingerprint(request);
    try {
      ObjectNode out = patch.apply(resource, request);
      readableAgain(patch, out);
    } catch (ScimPatchException e) {
      assertThat(e.status()).as("%s", e.getMessage()).isBetween(400, 599);
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError(escaped(patch, describe(request), e), e);
    }
    try {
      patch.readRequest(request);
    } catch (ScimPatchException e) {
      assertThat(e.status()).as("%s", e.getMessage()).isBetween(400, 499);
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError("readRequest: " + escaped(patch, describe(request), e), e);
    }
    assertThat(fingerprint(resource)).as("the resource tree is unchanged").isEqualTo(resourceBefore);
    assertThat(fingerprint(request)).as("the request tree is unchanged").isEqualTo(requestBefore);
  }

  private static void checkBytes(ScimPatch patch, byte @Nullable [] resource, byte[] request) {
    if (resource == null) {
      return;
    }
    try {
      byte[] out = patch.apply(resource, request);
      readableAgainFromBytes(patch, out);
      ByteArrayOutputStream streamed = new ByteArrayOutputStream();
      patch.apply(new ByteArrayInputStream(resource), new ByteArrayInputStream(request), streamed);
      assertThat(streamed.toByteArray()).as("the stream entry writes what the bytes entry returns").isEqualTo(out);
    } catch (ScimPatchException e) {
      assertThat(e.status()).as("%s", e.getMessage()).isBetween(400, 599);
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError(escaped(patch, new String(request, UTF_8), e), e);
    }
  }

  /** The constraints answer valid or not; they never throw. */
  private static void checkConstraints(JsonNode request, byte[] bytes) {
    try {
      validator.validate(new Beans.Tree(request));
      validator.validate(new Beans.Bytes(bytes));
      validator.validate(new Beans.EntraTree(request));
      validator.validate(new Beans.LenientBytes(bytes));
    } catch (RuntimeException e) {
      throw new AssertionError("a constraint threw " + e + " for " + describe(request), e);
    }
  }

  /**
   * A result is accepted again as a stored resource: through bytes, and through trees. The bytes
   * are what a server stores, the codec's: a default ObjectMapper writes characters beyond the BMP
   * as escapes, three times as long, and may exceed the stored-resource limit the result keeps to.
   */
  private static void readableAgain(ScimPatch patch, ObjectNode out) throws ScimPatchException {
    ScimJson store = ScimJson.of(Limits.resourceDefaults());
    readableAgainFromBytes(patch, store.writeBytes(store.fromJsonNode(out)));
    try {
      patch.apply(out, MAPPER.valueToTree(MAPPER.createObjectNode()));
    } catch (ScimPatchException e) {
      assertThat(e.status()).as("the result as a stored tree: %s", e.getMessage()).isBetween(400, 499);
    }
  }

  private static void readableAgainFromBytes(ScimPatch patch, byte[] result) {
    try {
      patch.apply(result, EMPTY_REQUEST);
    } catch (ScimPatchException e) {
      assertThat(e.status()).as("the result as a stored resource: %s", e.getMessage()).isBetween(400, 499);
    }
  }

  private static String escaped(ScimPatch patch, String text, Throwable e) {
    return e + " escaped under " + patch.profile().name() + " (schema "
        + patch.schema().map(s -> s.core().id()).orElse("none") + ") for "
        + (text.length() > 600 ? text.substring(0, 600) + "..." : text);
  }

  /**
   * A structural hash, each distinct node hashed once: the trees share subtrees whose text is
   * far too long to print or compare.
   */
  private static long fingerprint(JsonNode node) {
    return fingerprint(node, new IdentityHashMap<>());
  }

  private static long fingerprint(@Nullable JsonNode node, Map<JsonNode, Long> seen) {
    if (node == null) {
      return 17;
    }
    Long known = seen.get(node);
    if (known != null) {
      return known;
    }
    long h = node.getNodeType().ordinal();
    if (node.isContainerNode()) {
      for (Map.Entry<String, JsonNode> e : node.isObject() ? node.properties() : Set.<Map.Entry<String, JsonNode>>of()) {
        h = h * 31 + e.getKey().hashCode() * 7L + fingerprint(e.getValue(), seen);
      }
      for (int i = 0; node.isArray() && i < node.size(); i++) {
        h = h * 31 + fingerprint(node.get(i), seen);
      }
    } else {
      h = h * 31 + node.hashCode();
    }
    seen.put(node, h);
    return h;
  }

  /** The tree for a message, without writing what may be gigabytes of text. */
  private static String describe(JsonNode node) {
    byte[] bytes = bytesOf(node);
    if (bytes == null) {
      return "a " + node.getNodeType() + " tree too large to print (fingerprint " + fingerprint(node) + ")";
    }
    return bytes.length > 600 ? new String(bytes, 0, 600, UTF_8) + "..." : new String(bytes, UTF_8);
  }

  /** The length of the text a tree stands for, each shared subtree counted once per parent; stops past 4 MiB. */
  private static long textLength(@Nullable JsonNode node, Map<JsonNode, Long> seen) {
    if (node == null) {
      return 4;
    }
    Long known = seen.get(node);
    if (known != null) {
      return known;
    }
    long n = 2;
    if (node.isContainerNode()) {
      for (Map.Entry<String, JsonNode> e : node.isObject() ? node.properties() : Set.<Map.Entry<String, JsonNode>>of()) {
        n = Math.min(1L << 40, n + e.getKey().length() + 4 + textLength(e.getValue(), seen));
      }
      for (int i = 0; node.isArray() && i < node.size(); i++) {
        n = Math.min(1L << 40, n + 1 + textLength(node.get(i), seen));
      }
    } else if (node.isBigInteger() && node.bigIntegerValue() != null) {
      n = node.bigIntegerValue().bitLength() / 3 + 2;
    } else if (node.isTextual() && node.textValue() != null) {
      n = node.textValue().length() + 2;
    }
    seen.put(node, n);
    return n;
  }

  /** The tree as JSON text, if Jackson can write it and it is short enough to be worth writing. */
  private static byte @Nullable [] bytesOf(JsonNode node) {
    if (textLength(node, new IdentityHashMap<>()) > (4 << 20)) {
      return null;
    }
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (java.io.IOException | RuntimeException e) {
      return null; // Jackson itself cannot write it (a POJO it cannot serialise, say)
    }
  }

  // ------------------------------------------------------------------ odd trees

  private static JsonNode resource(RandomGenerator rng) {
    ObjectNode resource = (ObjectNode) JSON.toJsonNode(RESOURCES.resource(rng));
    if (rng.nextInt(4) == 0) {
      resource.set("x" + rng.nextInt(3), odd(rng, 0));
    }
    return resource;
  }

  private static JsonNode request(RandomGenerator rng) {
    JsonNode body = JSON.toJsonNode(REQUESTS.body(rng));
    if (!(body instanceof ObjectNode envelope) || !(envelope.get("Operations") instanceof ArrayNode ops)
        || rng.nextInt(10) == 0) {
      return rng.nextBoolean() ? odd(rng, 0) : body;
    }
    for (JsonNode op : ops) {
      if (op instanceof ObjectNode o && rng.nextBoolean()) {
        String[] members = {"value", "value", "path", "op"};
        o.set(members[rng.nextInt(members.length)], odd(rng, 0));
      }
    }
    if (rng.nextInt(8) == 0) {
      envelope.set("schemas", odd(rng, 0));
    }
    return envelope;
  }

  /** An odd node: of a kind Jackson allows that is not plain JSON, or plain JSON holding odd parts. */
  static JsonNode odd(RandomGenerator rng, int depth) {
    int pick = rng.nextInt(depth > 3 ? 16 : 20);
    return switch (pick) {
      case 0 -> new TextNode(null);
      case 1 -> new BinaryNode(rng.nextBoolean() ? null : new byte[] {1, 2, (byte) rng.nextInt()});
      case 2 -> new POJONode(rng.nextBoolean() ? null : new Object());
      case 3 -> DoubleNode.valueOf(new double[] {Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e308}[rng.nextInt(4)]);
      case 4 -> FloatNode.valueOf(rng.nextBoolean() ? Float.NaN : 1.5f);
      case 5 -> new DecimalNode(rng.nextBoolean() ? null : new BigDecimal(rng.nextBoolean() ? "1e-5000" : "1e999"));
      case 6 -> new BigIntegerNode(rng.nextInt(3) == 0 ? null
          : BigInteger.TEN.pow(rng.nextInt(3) == 0 ? 200_000 : 1 + rng.nextInt(1100)));
      case 7 -> MissingNode.getInstance();
      case 8 -> NODES.textNode(oddString(rng));
      case 9 -> NODES.nullNode();
      case 10 -> NODES.numberNode(rng.nextLong());
      case 11 -> NODES.booleanNode(rng.nextBoolean());
      case 12 -> {
        ObjectNode o = NODES.objectNode();
        o.set(oddString(rng), NODES.textNode("x"));
        yield o;
      }
      case 13 -> NODES.textNode("a".repeat(rng.nextBoolean() ? 512 * 1024 + 1 : 1000));
      case 14 -> {
        ObjectNode o = NODES.objectNode();
        o.put("a".repeat(1024 + rng.nextInt(2)), 1);
        yield o;
      }
      case 15 -> NODES.textNode("emails[value eq \"" + oddString(rng) + "\"]");
      case 16, 17 -> {
        // A subtree shared by many parents: a text of 2^levels copies.
        JsonNode shared = odd(rng, depth + 1);
        int levels = 1 + rng.nextInt(30);
        for (int i = 0; i < levels; i++) {
          ArrayNode pair = NODES.arrayNode();
          pair.add(shared);
          pair.add(shared);
          shared = pair;
        }
        yield shared;
      }
      default -> {
        ObjectNode o = NODES.objectNode();
        int n = rng.nextInt(4);
        for (int i = 0; i < n; i++) {
          o.set(rng.nextBoolean() ? "value" : "v" + i, odd(rng, depth + 1));
        }
        yield o;
      }
    };
  }

  private static JsonNode envelope(ObjectNode op) {
    ObjectNode body = NODES.objectNode();
    body.putArray("schemas").add(PATCH_OP);
    body.putArray("Operations").add(op);
    return body;
  }

  /** Beans carrying the constraint on each kind of body, under some presets. */
  static final class Beans {
    private Beans() {}

    record Tree(@ValidPatchRequest JsonNode body) {}

    record Bytes(@ValidPatchRequest byte[] body) {}

    record EntraTree(@ValidPatchRequest(profile = "entra") JsonNode body) {}

    record LenientBytes(@ValidPatchRequest(profile = "lenient") byte[] body) {}
  }
}
